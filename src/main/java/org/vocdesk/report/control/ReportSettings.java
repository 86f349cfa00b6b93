package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The reports' configuration (MicroProfile Config): the company name and logo on every page, the controlled form
 * number and revision of each template ({@code vocdesk.report.form.<template>.number} and {@code .revision}, e.g.
 * {@code QR-QP8.2.1-02} and {@code A/0}), the company's time zone and the folder of the background jobs' files.
 * Read when asked, so a changed source applies to the next report.
 */
@ApplicationScoped
public class ReportSettings {

    private static final String BUNDLED_LOGO = "reports/images/logo.png";

    private final Map<String, String> fixed;

    /** In the server: the application's configuration. */
    public ReportSettings() {
        this(null);
    }

    /** Outside the server (unit tests, the benchmark): these values instead of the configuration. */
    public ReportSettings(Map<String, String> values) {
        this.fixed = values;
    }

    private Optional<String> configured(String name) {
        Optional<String> value = fixed != null ? Optional.ofNullable(fixed.get(name))
                : ConfigProvider.getConfig().getOptionalValue(name, String.class);
        return value.filter(v -> !v.isBlank());
    }

    private String value(String name, String fallback) {
        return configured(name).orElse(fallback);
    }

    public String companyName() {
        return value("vocdesk.report.company-name", "VoC Desk");
    }

    /** The controlled form number of a template (empty when not configured). */
    public String formNumber(String template) {
        return value("vocdesk.report.form." + template + ".number", "");
    }

    public String formRevision(String template) {
        return value("vocdesk.report.form." + template + ".revision", "");
    }

    public ZoneId zone() {
        return ZoneId.of(value("vocdesk.zone", "Asia/Shanghai"));
    }

    /** Where background jobs keep their files; created when missing. */
    public Path folder() {
        Path folder = Path.of(value("vocdesk.report.folder", "./data/reports"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("The report folder " + folder.toAbsolutePath() + " cannot be created", e);
        }
    }

    /** The logo's bytes (PNG or JPEG without transparency): the configured file, else the bundled placeholder. */
    public byte[] logo() {
        Optional<String> configured = configured("vocdesk.report.logo");
        try {
            if (configured.isPresent()) {
                return Files.readAllBytes(Path.of(configured.get()));
            }
            try (InputStream in = ReportSettings.class.getClassLoader().getResourceAsStream(BUNDLED_LOGO)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The report logo " + configured.orElse(BUNDLED_LOGO) + " cannot be read", e);
        }
    }
}
