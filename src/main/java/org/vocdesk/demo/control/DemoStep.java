package org.vocdesk.demo.control;

import org.vocdesk.complaint.entity.Urgency;

import java.time.Instant;

/**
 * One step of a demo complaint's handling, done by {@code actor} at {@code at} (a historic instant).
 * priority and departmentCode are used by a valid triage only.
 */
public record DemoStep(Kind kind, Instant at, String actor, String text, Urgency priority, String departmentCode) {

    public enum Kind {
        TRIAGE_VALID, TRIAGE_INVALID, FIRST_REPLY, START_INVESTIGATION, REQUEST_CONFIRMATION, CLOSE
    }

    static DemoStep of(Kind kind, Instant at, String actor, String text) {
        return new DemoStep(kind, at, actor, text, null, null);
    }
}
