package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.vocdesk.complaint.control.CallerVisibility;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a job's report with its owner's visibility, in one read transaction. The transaction is what keeps the
 * persistence context open in the job's thread: without one, the container closes it when the request that queued
 * the job ends, in the middle of the report.
 */
@ApplicationScoped
public class ReportWriting {

    @Inject
    CallerVisibility callers;

    @Transactional(Transactional.TxType.REQUIRED)
    public void write(String owner, ReportKind kind, ReportOrder order, ReportKind.Progress progress, OutputStream out) throws IOException {
        callers.actFor(owner);
        kind.write(order, progress, out);
    }
}
