package org.vocdesk.kpi.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * One complaint's share of the monthly summary: its group and a value per {@link SummaryColumn} (0 or 1, the
 * handling seconds). The conditions are those of SummaryColumn's SQL, over the values of one complaint; a
 * comparison with a missing value is false, as in SQL.
 */
public record SummaryRow(SummaryKey key, long[] values) {

    /** The values of one complaint that the KPIs read (enum values by name, as stored). */
    public record Complaint(Instant receivedAt, Long departmentId, long categoryId, String priority, Long customerId,
                            String status, String validity, boolean major, String majorReasons, boolean repeat,
                            Instant firstReplyDue, Instant responseDue, Instant firstRepliedAt, Instant closedAt,
                            Long handlingSeconds) {
    }

    /** A voided complaint counts nothing: it was recorded in error, and the KPIs count what the ledger lists. */
    public static SummaryRow of(Complaint c, ZoneId zone) {
        SummaryKey key = new SummaryKey(monthStart(c.receivedAt(), zone), c.departmentId() == null ? 0 : c.departmentId(),
                c.categoryId(), c.priority() == null ? SummaryKey.NO_PRIORITY : c.priority(), c.customerId() == null ? 0 : c.customerId());
        long[] v = new long[SummaryColumn.values().length];
        if ("VOIDED".equals(c.status())) {
            return new SummaryRow(key, v);
        }
        boolean responsible = c.validity() == null || !"INVALID".equals(c.validity());
        boolean open = c.closedAt() == null;
        boolean measured = "CLOSED".equals(c.status()) && c.handlingSeconds() != null;
        set(v, SummaryColumn.COMPLAINTS, true);
        set(v, SummaryColumn.OPEN, open);
        set(v, SummaryColumn.MAJOR, c.major());
        set(v, SummaryColumn.REPEAT, c.repeat());
        set(v, SummaryColumn.UNRESOLVED_REPEAT, c.repeat() && open);
        set(v, SummaryColumn.PRODUCTION_STOP, c.majorReasons() != null && c.majorReasons().contains("PRODUCTION_STOP"));
        set(v, SummaryColumn.NOT_TRIAGED, c.priority() == null);
        set(v, SummaryColumn.REPLIED, responsible && c.firstRepliedAt() != null);
        set(v, SummaryColumn.REPLIED_ON_TIME, responsible && notAfter(c.firstRepliedAt(), c.firstReplyDue()));
        set(v, SummaryColumn.REPLIED_AFTER_DEADLINE, responsible && after(c.firstRepliedAt(), c.firstReplyDue()));
        set(v, SummaryColumn.CONTACTED, c.firstRepliedAt() != null);
        set(v, SummaryColumn.RESULT_REPORTED, "AWAITING_CONFIRMATION".equals(c.status()) || "CLOSED".equals(c.status())
                || "CLOSED_INVALID".equals(c.status()));
        set(v, SummaryColumn.CLOSED_RESPONSIBLE, responsible && !open);
        set(v, SummaryColumn.HANDLED_ON_TIME, responsible && notAfter(c.closedAt(), c.responseDue()));
        set(v, SummaryColumn.CLOSED_AFTER_DEADLINE, responsible && after(c.closedAt(), c.responseDue()));
        set(v, SummaryColumn.HANDLED, "CLOSED".equals(c.status()));
        v[SummaryColumn.HANDLING_SECONDS.ordinal()] = measured ? c.handlingSeconds() : 0;
        set(v, SummaryColumn.HANDLING_MEASURED, measured);
        return new SummaryRow(key, v);
    }

    /** The instant the company's month of this instant starts. */
    public static Instant monthStart(Instant instant, ZoneId zone) {
        LocalDate first = instant.atZone(zone).toLocalDate().withDayOfMonth(1);
        return first.atStartOfDay(zone).toInstant(); // as ReceivedPeriod.from, so the months meet the scope's bounds
    }

    public SummaryRow negated() {
        return new SummaryRow(key, Arrays.stream(values).map(x -> -x).toArray());
    }

    public long value(SummaryColumn column) {
        return values[column.ordinal()];
    }

    private static void set(long[] values, SummaryColumn column, boolean condition) {
        values[column.ordinal()] = condition ? 1 : 0;
    }

    private static boolean notAfter(Instant a, Instant b) {
        return a != null && b != null && !a.isAfter(b);
    }

    private static boolean after(Instant a, Instant b) {
        return a != null && b != null && a.isAfter(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryRow other && key.equals(other.key) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(values);
    }
}
