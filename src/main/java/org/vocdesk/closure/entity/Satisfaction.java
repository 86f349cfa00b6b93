package org.vocdesk.closure.entity;

/** The customer's satisfaction with the handling (满意 / 基本满意 / 不满意). */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED
}
