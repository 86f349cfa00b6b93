package org.vocdesk.escalation.entity;

/** The rungs of the chain; WARNING comes before the breach and goes to the handler. */
public enum EscalationLevel {
    WARNING, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER
}
