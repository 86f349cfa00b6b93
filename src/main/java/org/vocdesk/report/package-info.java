/**
 * Record PDFs for auditors (issue 6): JasperReports templates of {@code reports/} rendered as PDF/A inside a common
 * page frame ({@link org.vocdesk.report.control.ReportRenderer}), the complaint ledger and the monthly analysis
 * reports, background report jobs with "my reports", and the audit pack that collects every feature's
 * {@link org.vocdesk.report.control.AuditPackSection} into one ZIP with a SHA-256 manifest.
 */
package org.vocdesk.report;
