package org.vocdesk.report;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.control.Messages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the report code, its pages and its templates name exists in English and Chinese (templates and code may
 * also name other features' keys: those must exist too), and both report bundles hold the same keys.
 */
class ReportTextsTest {

    private static final Pattern KEY = Pattern.compile("['\"]((?:report|complaint|kpi|platform)\\.[a-zA-Z.-]*[a-zA-Z])['\"]");

    @Test
    void everyKeyUsedHasItsTextInBothLanguages() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java/org/vocdesk/report"), Path.of("reports"), Path.of("src/main/webapp/app/reports"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(java|jrxml|xhtml)")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        for (String kind : List.of("complaint-ledger", "complaint-ledger-xlsx", "monthly-analysis", "audit-pack")) {
            keys.add("report.kind." + kind);
        }
        for (String status : List.of("QUEUED", "RUNNING", "DONE", "FAILED")) {
            keys.add("report.status." + status);
        }
        assertThat(keys).contains("report.ledger.title", "report.frame.page", "complaint.field.number", "report.parameter.lang");
        for (String key : keys) {
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                assertThat(Messages.get(locale, key)).as(key + " in " + locale).isNotEqualTo(key);
            }
        }
    }

    @Test
    void theChineseBundleHasExactlyTheEnglishKeys() throws IOException {
        assertThat(load("i18n/report_zh_CN.properties").stringPropertyNames()).isEqualTo(load("i18n/report.properties").stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(ReportTextsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
