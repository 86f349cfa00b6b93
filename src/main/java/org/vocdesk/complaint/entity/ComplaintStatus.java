package org.vocdesk.complaint.entity;

public enum ComplaintStatus {
    RECEIVED, TRIAGED, INVESTIGATING, AWAITING_CONFIRMATION, CLOSED, CLOSED_INVALID, REOPENED;

    public boolean isOpen() {
        return this != CLOSED && this != CLOSED_INVALID;
    }
}
