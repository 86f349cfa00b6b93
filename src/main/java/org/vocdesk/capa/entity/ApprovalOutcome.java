package org.vocdesk.capa.entity;

public enum ApprovalOutcome {
    APPROVED, REJECTED
}
