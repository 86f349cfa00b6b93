/**
 * The audit trail: Hibernate Envers writes the values of every business record at each change into its
 * {@code _aud} table, one {@code audit_revision} per transaction with who, when and from where. A sealer links
 * the revisions into a hash chain afterwards, so a direct edit of the trail in the database is detected and
 * located; auditors read the history per record and across records.
 */
package org.vocdesk.audit;
