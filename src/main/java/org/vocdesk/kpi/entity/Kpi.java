package org.vocdesk.kpi.entity;

import org.vocdesk.complaint.control.Criterion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The KPIs. The complaint KPIs are counted from {@link Criterion} subsets of the complaints received in a period, so
 * their numerator and base are exactly the ledger's lists for the same criterion. A rate without a base (no
 * complaints) has no value, not 0 % or 100 %. Handling times are working hours between receipt and closure.
 * The last two are not counted over complaints (see {@link #ofComplaints()}): the CAPA effectiveness rate over the
 * first effectiveness checks made in the period, the satisfaction score over the survey responses of a campaign.
 */
public enum Kpi {

    /** 及时回复率: replied within the first-reply deadline / responsible complaints whose reply is due or given. */
    ON_TIME_REPLY_RATE(Unit.PERCENT, true, Criterion.REPLIED_ON_TIME, Criterion.REPLY_DUE, "95"),
    /** 沟通率: complaints where the customer was contacted / all complaints. */
    COMMUNICATION_RATE(Unit.PERCENT, true, Criterion.CONTACTED, null, "95"),
    /** 结案反馈率: complaints whose result was reported back / all complaints. */
    CLOSURE_FEEDBACK_RATE(Unit.PERCENT, true, Criterion.RESULT_REPORTED, null, "90"),
    /** 及时处理率: closed within the response deadline / responsible complaints closed or past it. */
    ON_TIME_HANDLING_RATE(Unit.PERCENT, true, Criterion.HANDLED_ON_TIME, Criterion.HANDLING_DUE, "90"),
    AVERAGE_HANDLING_HOURS(Unit.HOURS, false, null, Criterion.HANDLED, "40"),
    MEDIAN_HANDLING_HOURS(Unit.HOURS, false, null, Criterion.HANDLED, "24"),
    COMPLAINTS(Unit.COUNT, false, null, null, null),
    REPEAT_COMPLAINTS(Unit.COUNT, false, Criterion.REPEAT, null, null),
    MAJOR_COMPLAINTS(Unit.COUNT, false, Criterion.MAJOR, null, null),
    PRODUCTION_INTERRUPTIONS(Unit.COUNT, false, Criterion.PRODUCTION_STOP, null, "0"),
    OPEN_COMPLAINTS(Unit.COUNT, false, Criterion.OPEN, null, null),
    OVERDUE_COMPLAINTS(Unit.COUNT, false, Criterion.OVERDUE, null, "0"),
    /** CAPA 有效率: first effectiveness checks in the period that found the CAPA effective / all first checks. */
    CAPA_EFFECTIVENESS_RATE(Unit.PERCENT, "90"),
    /** 顾客满意度: the average score of the valid (submitted) responses of the latest campaign of the period. */
    SATISFACTION_SCORE(Unit.SCORE, "90");

    public enum Unit { PERCENT, HOURS, COUNT, SCORE }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Unit unit;
    private final boolean higherIsBetter;
    private final Criterion counted;
    private final Criterion base;
    private final String defaultTarget;
    private final boolean ofComplaints;

    Kpi(Unit unit, boolean higherIsBetter, Criterion counted, Criterion base, String defaultTarget) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.counted = counted;
        this.base = base;
        this.defaultTarget = defaultTarget;
        this.ofComplaints = true;
    }

    /** A KPI measured outside the complaints, where higher is better. */
    Kpi(Unit unit, String defaultTarget) {
        this.unit = unit;
        this.higherIsBetter = true;
        this.counted = null;
        this.base = null;
        this.defaultTarget = defaultTarget;
        this.ofComplaints = false;
    }

    /** The value for these counts (median: the separately queried median), or null when there is nothing to measure. */
    public BigDecimal valueOf(KpiCounts counts, Long medianSeconds) {
        if (!ofComplaints) {
            throw new IllegalStateException(this + " is not counted over complaints");
        }
        return switch (unit) {
            case PERCENT -> rate(counts.count(counted), base == null ? counts.complaints() : counts.count(base));
            case HOURS -> this == MEDIAN_HANDLING_HOURS ? hours(medianSeconds)
                    : counts.handled() == 0 ? null : hours(Math.round((double) counts.handlingSeconds() / counts.handled()));
            case COUNT -> BigDecimal.valueOf(counted == null ? counts.complaints() : counts.count(counted));
            case SCORE -> throw new IllegalStateException(this + " is a survey score");
        };
    }

    /** Whole percent as in the seeds (5 of 6 = 83 %), half up. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(Long seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP);
    }

    /** Whether the value meets the target (null when either is missing). */
    public Boolean meets(BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        return higherIsBetter ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
    }

    public Unit unit() { return unit; }

    public boolean higherIsBetter() { return higherIsBetter; }

    /** The subset the figure counts (null: every complaint of the scope, or a time over the base). */
    public Criterion counted() { return counted; }

    /** The base of a rate or time (null: every complaint of the scope). */
    public Criterion base() { return base; }

    /**
     * Whether it is counted over the complaints of the scope (its counts are ledger lists); false for the CAPA
     * effectiveness rate and the satisfaction score, which have no ledger drill-down.
     */
    public boolean ofComplaints() { return ofComplaints; }

    /** The target when the configuration names none; null for figures that are watched without a target. */
    public String defaultTarget() { return defaultTarget; }
}
