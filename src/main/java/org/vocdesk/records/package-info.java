/**
 * The record reports of a case and of a campaign (记录控制): the corrective and preventive action report with the
 * 8D report of a complaint (every discipline, the 5-Why chains and the fishbone picture, actions, effectiveness
 * verification and the signature block), and the annual customer satisfaction analysis of a campaign (statistics,
 * band tables, charts, dissatisfaction analysis, improvement measures). Content is assembled here as lines of a
 * JasperReports template in {@code reports/}; both join the audit pack of a period.
 */
package org.vocdesk.records;
