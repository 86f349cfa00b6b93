package org.vocdesk.calendar.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One stretch of work within a day, such as 08:30-12:00. An end of 00:00 means midnight at the end of the
 * day (so 00:00-00:00 is a 24-hour day), because LocalTime and SQL TIME cannot hold 24:00.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    private static final int DAY_SECONDS = 24 * 3600;

    public WorkingInterval {
        if (start == null || end == null) {
            throw BusinessException.invalid("calendar.interval.invalid", String.valueOf(start) + "-" + end);
        }
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw BusinessException.invalid("calendar.interval.invalid", start + "-" + end);
        }
    }

    /** Parses "08:30-12:00". */
    public static WorkingInterval parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw BusinessException.invalid("calendar.interval.invalid", text);
        }
        try {
            return new WorkingInterval(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("calendar.interval.invalid", text);
        }
    }

    /**
     * Parses a day's hours, "08:30-12:00,13:00-17:30"; blank means a day off. The result is sorted and
     * checked for overlaps, so a day's intervals can be walked in order.
     */
    public static List<WorkingInterval> parseDay(String text) {
        List<WorkingInterval> intervals = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split("[,;]")) {
                intervals.add(parse(part));
            }
        }
        return checkedDay(intervals);
    }

    /** Sorted copy; rejects overlapping intervals (touching ones are fine). */
    public static List<WorkingInterval> checkedDay(List<WorkingInterval> intervals) {
        List<WorkingInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(WorkingInterval::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startSecond() < sorted.get(i - 1).endSecond()) {
                throw BusinessException.invalid("calendar.interval.overlap", sorted.get(i - 1), sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** "08:30-12:00,13:00-17:30", the form parseDay reads. */
    public static String format(List<WorkingInterval> intervals) {
        return String.join(",", intervals.stream().map(WorkingInterval::toString).toList());
    }

    public int startSecond() {
        return start.toSecondOfDay();
    }

    public int endSecond() {
        return end.equals(LocalTime.MIDNIGHT) ? DAY_SECONDS : end.toSecondOfDay();
    }

    public long seconds() {
        return (long) endSecond() - startSecond();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
