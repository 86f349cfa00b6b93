package org.vocdesk.complaint.entity;

/** Initial urgency at intake and priority at triage use the same three levels. */
public enum Urgency {
    HIGH, MEDIUM, LOW
}
