package org.vocdesk.report.control;

import java.io.IOException;
import java.io.OutputStream;

/** Where a section writes its files; the pack records each file's SHA-256 in its manifest. */
public interface AuditPackFiles {

    /** Adds a file under the given path inside the pack (e.g. {@code history/changes.csv}). */
    void add(String path, Content content) throws IOException;

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
