package org.vocdesk.kpi.entity;

/** An improvement plan: planned, its measures completed (review pending), then found effective or not. */
public enum PlanStatus {
    PLANNED, COMPLETED, EFFECTIVE, NOT_EFFECTIVE
}
