package org.vocdesk.escalation.entity;

/**
 * The kinds of deadline watched today. A kind is a plain string in rules and steps, so later features
 * (8D steps, actions, effectiveness checks, surveys) add their own without changing the engine.
 */
public final class DeadlineKinds {
    public static final String FIRST_REPLY = "FIRST_REPLY";
    public static final String RESPONSE = "RESPONSE";
    /** Not a deadline but an event: a major complaint notifies the managers at once (delay 0h). */
    public static final String MAJOR_COMPLAINT = "MAJOR_COMPLAINT";

    /**
     * Kinds whose due steps are acted on as soon as they are planned rather than at the next timer run. Not the
     * deadlines: an overdue step planned at intake would find no handler yet (triage comes next) and wait long.
     */
    public static final java.util.Set<String> ACTED_ON_WHEN_PLANNED = java.util.Set.of(MAJOR_COMPLAINT);

    private DeadlineKinds() {
    }
}
