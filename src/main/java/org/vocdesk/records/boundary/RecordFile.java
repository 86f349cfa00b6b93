package org.vocdesk.records.boundary;

/** A rendered record report: its file name (ASCII, safe in a download header and a ZIP) and its PDF bytes. */
public record RecordFile(String fileName, byte[] content) {
}
