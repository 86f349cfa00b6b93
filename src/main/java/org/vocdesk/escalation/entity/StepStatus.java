package org.vocdesk.escalation.entity;

/** PENDING until due; CLAIMED only inside the transaction that notifies; then SENT or CANCELLED. */
public enum StepStatus {
    PENDING, CLAIMED, SENT, CANCELLED
}
