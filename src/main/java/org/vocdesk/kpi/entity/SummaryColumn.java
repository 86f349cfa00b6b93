package org.vocdesk.kpi.entity;

import org.vocdesk.complaint.control.Criterion;

/**
 * The columns of the monthly KPI summary (table kpi_month, V702): per group of complaints, how many meet each
 * condition that does not depend on the time of reading. Each column has its condition three times, which must
 * agree (KpiSummaryTest and the summary-versus-recount tests check it): in SQL over the complaint table (backfill),
 * in Java over one complaint's values (kept on write), and as the criterion counts it stands for (reading).
 * The criteria that do depend on "now" are split: the part fixed once a reply or closure is recorded is here, the
 * part still waiting on a deadline is counted at read time over the few complaints concerned.
 */
public enum SummaryColumn {

    COMPLAINTS("complaints", "1 = 1"),
    OPEN("open_n", "closed_at IS NULL"),
    MAJOR("major_n", "major = TRUE"),
    REPEAT("repeat_n", "is_repeat = TRUE"),
    UNRESOLVED_REPEAT("unresolved_repeat_n", "is_repeat = TRUE AND closed_at IS NULL"),
    PRODUCTION_STOP("production_stop_n", "major_reasons LIKE '%PRODUCTION_STOP%'"),
    NOT_TRIAGED("not_triaged_n", "priority IS NULL"),
    /** REPLY_DUE without the unreplied ones whose deadline passed. */
    REPLIED("replied_n", Sql.RESPONSIBLE + " AND first_replied_at IS NOT NULL"),
    REPLIED_ON_TIME("replied_on_time_n", Sql.RESPONSIBLE + " AND first_replied_at <= first_reply_due"),
    /** REPLIED_LATE without the unreplied ones whose deadline passed. */
    REPLIED_AFTER_DEADLINE("replied_late_n", Sql.RESPONSIBLE + " AND first_replied_at > first_reply_due"),
    CONTACTED("contacted_n", "first_replied_at IS NOT NULL"),
    RESULT_REPORTED("result_reported_n", "status IN ('AWAITING_CONFIRMATION', 'CLOSED', 'CLOSED_INVALID')"),
    /** HANDLING_DUE without the open ones whose response deadline passed. */
    CLOSED_RESPONSIBLE("closed_responsible_n", Sql.RESPONSIBLE + " AND closed_at IS NOT NULL"),
    HANDLED_ON_TIME("handled_on_time_n", Sql.RESPONSIBLE + " AND closed_at <= response_due"),
    /** HANDLED_LATE without the open ones whose response deadline passed. */
    CLOSED_AFTER_DEADLINE("handled_late_n", Sql.RESPONSIBLE + " AND closed_at > response_due"),
    HANDLED("handled_n", "status = 'CLOSED'"),
    /** The sum of the stored handling times of the handled ones that have one (the average's numerator). */
    HANDLING_SECONDS("handling_seconds", "status = 'CLOSED' AND handling_seconds IS NOT NULL"),
    HANDLING_MEASURED("handling_n", "status = 'CLOSED' AND handling_seconds IS NOT NULL");

    private final String column;
    private final String condition;

    SummaryColumn(String column, String condition) {
        this.column = column;
        this.condition = condition;
    }

    public String column() {
        return column;
    }

    /** The SQL that computes this column over rows of the complaint table (no alias). */
    public String sqlSum() {
        String value = this == HANDLING_SECONDS ? "handling_seconds" : "1";
        return "SUM(CASE WHEN " + condition + " THEN " + value + " ELSE 0 END)";
    }

    /** The criterion this column counts entirely, or null when it is only the fixed part of one (or a sum). */
    public Criterion criterion() {
        return switch (this) {
            case OPEN -> Criterion.OPEN;
            case MAJOR -> Criterion.MAJOR;
            case REPEAT -> Criterion.REPEAT;
            case UNRESOLVED_REPEAT -> Criterion.UNRESOLVED_REPEAT;
            case PRODUCTION_STOP -> Criterion.PRODUCTION_STOP;
            case NOT_TRIAGED -> Criterion.NOT_TRIAGED;
            case REPLIED_ON_TIME -> Criterion.REPLIED_ON_TIME;
            case CONTACTED -> Criterion.CONTACTED;
            case RESULT_REPORTED -> Criterion.RESULT_REPORTED;
            case HANDLED_ON_TIME -> Criterion.HANDLED_ON_TIME;
            case HANDLED -> Criterion.HANDLED;
            default -> null;
        };
    }

    private static final class Sql {
        static final String RESPONSIBLE = "(validity IS NULL OR validity <> 'INVALID')";
    }
}
