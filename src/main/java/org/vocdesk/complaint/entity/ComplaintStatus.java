package org.vocdesk.complaint.entity;

public enum ComplaintStatus {
    RECEIVED, TRIAGED, INVESTIGATING, AWAITING_CONFIRMATION, CLOSED, CLOSED_INVALID, REOPENED,
    /** Recorded in error (a duplicate, a test): kept for the trail and auditors, out of the ledger and of all work. */
    VOIDED;

    public boolean isOpen() {
        return this != CLOSED && this != CLOSED_INVALID && this != VOIDED;
    }
}
