package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.vocdesk.identity.entity.Role.Names.AUDITOR;
import static org.vocdesk.identity.entity.Role.Names.QUALITY_MANAGER;

/**
 * The audit pack of a period ({@code audit-pack}, from and to: yyyy-MM-dd, both included): one ZIP with what every
 * {@link AuditPackSection} contributes (the ledger, the monthly analyses, the CAPA/8D reports, the satisfaction
 * analysis, the change history, ...), a {@code README.txt} saying what it is, and {@code SHA256SUMS} over all of it.
 * A section that fails fails the pack: an incomplete pack would mislead an audit.
 */
@ApplicationScoped
public class AuditPackKind implements ReportKind {

    /** Beyond this the pack would hold years of records: ask for several packs. */
    static final int MAX_MONTHS = 36;

    @Inject
    Instance<AuditPackSection> sections;

    @Inject
    AuditPackContext context;

    @Inject
    ReportSettings settings;

    @Override
    public String name() {
        return "audit-pack";
    }

    @Override
    public Set<String> roles() {
        return Set.of(AUDITOR, QUALITY_MANAGER);
    }

    @Override
    public Map<String, String> check(Map<String, String> parameters) {
        LocalDate from = day(parameters.get("from"), "from");
        LocalDate to = day(parameters.get("to"), "to");
        if (to.isBefore(from)) {
            throw BusinessException.invalidField("to", "report.parameter.toBeforeFrom", from, to);
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw BusinessException.invalidField("to", "report.parameter.tooLong", MAX_MONTHS);
        }
        Map<String, String> checked = new LinkedHashMap<>();
        checked.put("from", from.toString());
        checked.put("to", to.toString());
        return checked;
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalidField(name, "report.parameter.required", name);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField(name, "report.parameter.day", name, value);
        }
    }

    /** Always in the background: a pack holds every record of a period. */
    @Override
    public void checkDirect(Map<String, String> parameters) {
        throw BusinessException.conflict("report.auditPack.backgroundOnly");
    }

    @Override
    public String contentType() {
        return "application/zip";
    }

    @Override
    public String fileName(ReportOrder order) {
        return "audit-pack-" + order.parameter("from") + "-" + order.parameter("to") + ".zip";
    }

    @Override
    public void write(ReportOrder order, Progress progress, OutputStream out) throws IOException {
        LocalDate from = LocalDate.parse(order.parameter("from"));
        LocalDate to = LocalDate.parse(order.parameter("to"));
        List<AuditPackSection> all = sections.stream().sorted(Comparator.comparing(s -> s.getClass().getName())).toList();
        AuditPackZip zip = new AuditPackZip(out);
        zip.add("README.txt", o -> o.write(readme(order, from, to).getBytes(StandardCharsets.UTF_8)));
        try {
            context.run(order, () -> {
                for (int i = 0; i < all.size(); i++) {
                    progress.at(i, all.size());
                    try {
                        all.get(i).addTo(zip, from, to, order.locale());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        progress.at(all.size(), all.size());
    }

    private String readme(ReportOrder order, LocalDate from, LocalDate to) {
        return Messages.get(order.locale(), "report.auditPack.readme", settings.companyName(), from, to, order.requestedBy(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(order.at().atZone(settings.zone())), AuditPackZip.MANIFEST)
                .replace("\\n", "\n") + "\n";
    }
}
