package org.vocdesk.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.report.control.AuditPackFiles;
import org.vocdesk.report.control.AuditPackSection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/** The satisfaction analysis of every campaign whose survey period overlaps the pack's period, under {@code satisfaction/}. */
@ApplicationScoped
public class SatisfactionAuditPackSection implements AuditPackSection {

    static final String FOLDER = "satisfaction/";

    @Inject
    RecordReports reports;

    @Override
    public void addTo(AuditPackFiles files, LocalDate from, LocalDate to, Locale locale) throws IOException {
        for (long campaignId : reports.campaignsOverlapping(from, to)) {
            RecordFile file = reports.satisfaction(campaignId, locale);
            files.add(FOLDER + file.fileName(), out -> out.write(file.content()));
        }
    }
}
