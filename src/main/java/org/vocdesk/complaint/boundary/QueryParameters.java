package org.vocdesk.complaint.boundary;

import org.vocdesk.platform.entity.BusinessException;

import org.vocdesk.complaint.control.ReceivedPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Query parameters arrive as text and are converted here, so a wrong value is a 400 naming the
 * parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField(name, "complaint.parameter.invalid", name, value);
        }
    }

    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField(name, "complaint.parameter.invalid", name, value);
        }
    }

    /**
     * A lower bound: a day (yyyy-MM-dd, from its start in the company's zone) or an exact instant
     * (2026-11-01T00:00:00Z). Days are what the ledger page puts in its links.
     */
    static Instant startOf(String value, String name, ZoneId zone) {
        LocalDate day = day(value, name);
        return day != null ? ReceivedPeriod.from(day, zone) : instant(value, name);
    }

    /** An upper bound: a day (yyyy-MM-dd, the whole day included) or an exact instant (excluded). */
    static Instant endOf(String value, String name, ZoneId zone) {
        LocalDate day = day(value, name);
        return day != null ? ReceivedPeriod.until(day, zone) : instant(value, name);
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank() || value.strip().length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField(name, "complaint.parameter.invalid", name, value);
        }
    }

    static Long number(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalidField(name, "complaint.parameter.invalid", name, value);
        }
    }

    static Boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw BusinessException.invalidField(name, "complaint.parameter.invalid", name, value);
        };
    }

    static int bounded(String value, String name, int fallback, int min, int max) {
        Long number = number(value, name);
        if (number == null) {
            return fallback;
        }
        if (number < min || number > max) {
            throw BusinessException.invalidField(name, "complaint.parameter.outOfRange", name, min, max);
        }
        return number.intValue();
    }
}
