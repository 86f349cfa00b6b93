package org.vocdesk.complaint.control;

/**
 * Named subsets of complaints over their stored timestamps and flags, as query conditions on {@code c} (a
 * Complaint). The ledger filters by them (parameter {@code criterion}) and the KPIs count them with the very
 * same text, so a figure and the ledger behind it always agree. {@code :now} is bound where it appears.
 * "Responsible" complaints are those not triaged as invalid (an invalid one is caused by the customer or a
 * third party): the seeds' 责任投诉.
 */
public enum Criterion {

    /** Not closed. */
    OPEN("c.closedAt is null"),
    /** Open and past a pending deadline (the stored late_from). */
    OVERDUE("c.lateFrom < :now"),
    MAJOR("c.major = true"),
    REPEAT("c.repeat = true"),
    /** A repeat complaint that is still open. */
    UNRESOLVED_REPEAT("c.repeat = true and c.closedAt is null"),
    /** Major because the customer's production stopped (顾客生产中断). */
    PRODUCTION_STOP("c.majorReasons like '%PRODUCTION_STOP%'"),
    /** No priority given at triage yet. */
    NOT_TRIAGED("c.priority is null"),
    /** Responsible complaints whose first reply was given or is due by now (the on-time reply rate's base). */
    REPLY_DUE(Conditions.RESPONSIBLE + " and (c.firstRepliedAt is not null or c.firstReplyDue <= :now)"),
    REPLIED_ON_TIME(Conditions.RESPONSIBLE + " and c.firstRepliedAt <= c.firstReplyDue"),
    REPLIED_LATE(Conditions.RESPONSIBLE + " and (c.firstRepliedAt > c.firstReplyDue"
            + " or (c.firstRepliedAt is null and c.firstReplyDue <= :now))"),
    /** Someone responsible contacted the customer (the first reply is recorded), whenever. */
    CONTACTED("c.firstRepliedAt is not null"),
    /** The result went back to the customer: awaiting their confirmation, closed, or closed as invalid with the explanation. */
    RESULT_REPORTED("c.status in (org.vocdesk.complaint.entity.ComplaintStatus.AWAITING_CONFIRMATION,"
            + " org.vocdesk.complaint.entity.ComplaintStatus.CLOSED, org.vocdesk.complaint.entity.ComplaintStatus.CLOSED_INVALID)"),
    /** Responsible complaints closed, or whose response deadline has passed (the on-time handling rate's base). */
    HANDLING_DUE(Conditions.RESPONSIBLE + " and (c.closedAt is not null or c.responseDue <= :now)"),
    HANDLED_ON_TIME(Conditions.RESPONSIBLE + " and c.closedAt <= c.responseDue"),
    HANDLED_LATE(Conditions.RESPONSIBLE + " and (c.closedAt > c.responseDue or (c.closedAt is null and c.responseDue <= :now))"),
    /** Valid and closed with the customer's confirmation: the complaints whose handling time is measured. */
    HANDLED("c.status = org.vocdesk.complaint.entity.ComplaintStatus.CLOSED");

    private final String condition;

    Criterion(String condition) {
        this.condition = condition;
    }

    public String condition() {
        return condition;
    }

    public boolean needsNow() {
        return condition.contains(":now");
    }

    private static final class Conditions {
        static final String RESPONSIBLE = "(c.validity is null or c.validity <> org.vocdesk.complaint.entity.Validity.INVALID)";
    }
}
