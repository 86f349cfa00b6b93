package org.vocdesk.complaint.entity;

/**
 * Fired in the transaction that records new feedback, after its insert (observers may wait for the commit). Carries
 * no number: the complaint is numbered as that transaction commits.
 */
public record ComplaintRecorded(Long complaintId) {
}
