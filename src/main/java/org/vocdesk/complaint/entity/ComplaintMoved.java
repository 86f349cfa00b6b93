package org.vocdesk.complaint.entity;

/**
 * Fired when a complaint moved in a way that may end a deadline (first reply, resolution proposed, closed,
 * reopened); escalation observes it after commit and cancels the steps that no longer apply.
 */
public record ComplaintMoved(Long complaintId) {
}
