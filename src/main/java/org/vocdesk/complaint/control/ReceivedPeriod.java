package org.vocdesk.complaint.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Turns the calendar dates people filter by into the instants the ledger compares with, in the company's
 * time zone: "received from 2026-11-01 to 2026-11-30" includes the whole of both days.
 */
public final class ReceivedPeriod {

    private ReceivedPeriod() {
    }

    /** The first instant of the day. */
    public static Instant from(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the day (the ledger's upper bound is exclusive). */
    public static Instant until(LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
