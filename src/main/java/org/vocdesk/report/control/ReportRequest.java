package org.vocdesk.report.control;

import java.time.Instant;
import java.util.Locale;

/**
 * What the common page frame prints besides the template's own content: the reader's language (labels), who asked
 * for the report and when, and the filters it was made with (already in that language, e.g. "收到日期 2026-10-01 至
 * 2026-10-31; 状态 已结案"; empty for none).
 */
public record ReportRequest(Locale locale, String generatedBy, Instant generatedAt, String filters) {
}
