package org.vocdesk.complaint.control;

import java.io.IOException;
import java.util.List;

/** Where exported ledger lines go, one at a time (a CSV or an XLSX file being streamed). */
public interface LedgerSink extends AutoCloseable {

    void header(List<String> titles) throws IOException;

    /** Cells are Strings, LocalDateTimes or null. */
    void row(List<Object> cells) throws IOException;

    /** Completes the file and flushes it; does not close the underlying stream (the container owns it). */
    @Override
    void close() throws IOException;
}
