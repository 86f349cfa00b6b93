package org.vocdesk.closure.entity;

/** A follow-up was planned, done or cancelled; its escalation steps are (re)planned after commit. */
public record FollowUpChanged(long followUpId) {
}
