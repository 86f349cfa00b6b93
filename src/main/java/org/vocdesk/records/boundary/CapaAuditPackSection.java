package org.vocdesk.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.report.control.AuditPackFiles;
import org.vocdesk.report.control.AuditPackSection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/** Every 8D / CAPA report opened in the period joins the audit pack under {@code capa/}, one PDF/A each. */
@ApplicationScoped
public class CapaAuditPackSection implements AuditPackSection {

    static final String FOLDER = "capa/";

    @Inject
    RecordReports reports;

    @Override
    public void addTo(AuditPackFiles files, LocalDate from, LocalDate to, Locale locale) throws IOException {
        for (long complaintId : reports.capaComplaintsOpened(from, to)) {
            // one report in memory at a time: rendered, written, then dropped
            RecordFile file = reports.capa(complaintId, locale);
            files.add(FOLDER + file.fileName(), out -> out.write(file.content()));
        }
    }
}
