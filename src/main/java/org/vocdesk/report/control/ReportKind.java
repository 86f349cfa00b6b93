package org.vocdesk.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

/**
 * A report that users can download directly or as a background job ("my reports"), found by its name in the URL
 * ({@code /api/reports/<name>}). Every CDI bean of this type is a report: a feature adds its own (the CAPA/8D report,
 * the satisfaction analysis) without changing the jobs. The work runs without a transaction and without the caller's
 * roles: check everything in {@link #check}, which runs in the caller's request.
 */
public interface ReportKind {

    /** The URL name, e.g. {@code complaint-ledger}. */
    String name();

    /** The roles that may have this report (the roles of the page or list that shows the same data). */
    Set<String> roles();

    /**
     * The parameters, validated: a wrong or missing one is a BusinessException naming it (400 over REST, a message on
     * a page). Returns what the report will be made with (unknown parameters dropped, defaults filled in).
     */
    Map<String, String> check(Map<String, String> parameters);

    /** Refuses (BusinessException) a direct download that is too big to wait for; the default allows all. */
    default void checkDirect(Map<String, String> parameters) {
    }

    String contentType();

    /** The file's name for these parameters, e.g. {@code complaint-ledger-20261122.pdf}. */
    String fileName(ReportOrder order);

    /** Writes the report; tells progress as it goes (jobs show it). out is not to be closed. */
    void write(ReportOrder order, Progress progress, OutputStream out) throws IOException;

    /** How far a report is: done of total work units (rows, sections); total 0 when not known. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void at(long done, long total);
    }
}
