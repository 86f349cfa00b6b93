package org.vocdesk.report.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Files a feature contributes to the audit pack of a period (the ledger, the 8D reports, the change history, ...).
 * The pack collects every CDI bean of this type, so a feature joins the pack without the pack knowing it.
 */
public interface AuditPackSection {

    /** Adds this section's files for the days {@code from} to {@code to} (both included) in the given language. */
    void addTo(AuditPackFiles files, LocalDate from, LocalDate to, Locale locale) throws IOException;
}
