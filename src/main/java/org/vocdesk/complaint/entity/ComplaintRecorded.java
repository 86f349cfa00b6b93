package org.vocdesk.complaint.entity;

/** Fired after the transaction that recorded new feedback committed (escalation notifies on major ones). */
public record ComplaintRecorded(Long complaintId, String number, boolean major) {
}
