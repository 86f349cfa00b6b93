package org.vocdesk.calendar.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of working time: either working days ("2d", "0.5d") or working time ("4h", "1.5h", "30m").
 * Kept apart because they are counted differently: whole days land on the same local time of a later
 * working day, time is walked through the working intervals. A fraction of a day is that fraction of the
 * calendar's standard working day (8 h for 08:30-12:00,13:00-17:30, so 0.5d is 4 working hours), because
 * "half a working day" means the same amount of work whichever day it starts on.
 */
public final class WorkDuration {

    /** About ten years: more is a typing error and would only make the calendar walk for nothing. */
    public static final int MAX_DAYS = 3660;
    public static final Duration MAX_TIME = Duration.ofDays(MAX_DAYS);
    public static final WorkDuration ZERO = new WorkDuration(null, Duration.ZERO);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,7}(?:\\.\\d{1,3})?)\\s*([dhm])");

    private final BigDecimal days;
    private final Duration time;

    private WorkDuration(BigDecimal days, Duration time) {
        this.days = days;
        this.time = time;
    }

    public static WorkDuration ofDays(long days) {
        return ofDays(BigDecimal.valueOf(days));
    }

    /** Working days, up to three decimals ("0.5" is half a standard working day). */
    public static WorkDuration ofDays(BigDecimal days) {
        if (days == null || days.signum() < 0 || days.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0
                || days.stripTrailingZeros().scale() > 3) {
            throw BusinessException.invalid("calendar.duration.invalid", days);
        }
        BigDecimal normal = days.stripTrailingZeros();
        return new WorkDuration(normal.scale() < 0 ? normal.setScale(0) : normal, null);
    }

    public static WorkDuration ofHours(long hours) {
        return ofTime(Duration.ofHours(hours));
    }

    public static WorkDuration ofMinutes(long minutes) {
        return ofTime(Duration.ofMinutes(minutes));
    }

    /** Working time; whole seconds only (sub-second precision is meaningless for deadlines). */
    public static WorkDuration ofTime(Duration time) {
        if (time == null || time.isNegative() || time.compareTo(MAX_TIME) > 0 || time.getNano() != 0) {
            throw BusinessException.invalid("calendar.duration.invalid", time);
        }
        return new WorkDuration(null, time);
    }

    /**
     * Reads "2d", "0.5d", "4h", "1.5h", "30m" (case and spaces around the unit do not matter). Hours must
     * come to whole minutes, minutes must be whole.
     */
    public static WorkDuration parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw BusinessException.invalidField("duration", "calendar.duration.invalid", text);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        try {
            return switch (m.group(2)) {
                case "d" -> ofDays(amount);
                case "h" -> ofMinutes(amount.multiply(BigDecimal.valueOf(60)).intValueExact());
                default -> ofMinutes(amount.intValueExact());
            };
        } catch (ArithmeticException e) {
            throw BusinessException.invalidField("duration", "calendar.duration.invalid", text);
        } catch (BusinessException e) {
            throw BusinessException.invalidField("duration", "calendar.duration.invalid", text);
        }
    }

    public boolean isDays() {
        return days != null;
    }

    public boolean isZero() {
        return isDays() ? days.signum() == 0 : time.isZero();
    }

    /** The working days, or zero for a duration in time. */
    public BigDecimal days() {
        return isDays() ? days : BigDecimal.ZERO;
    }

    public long wholeDays() {
        return days().longValue();
    }

    /** The fraction of a day as time, given the length of the calendar's standard working day. */
    public Duration fractionOf(Duration standardDay) {
        BigDecimal fraction = days().subtract(BigDecimal.valueOf(wholeDays()));
        return Duration.ofSeconds(fraction.multiply(BigDecimal.valueOf(standardDay.getSeconds()))
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** The working time, or zero for a duration in days. */
    public Duration time() {
        return isDays() ? Duration.ZERO : time;
    }

    /** The form parse reads: "2d", "0.5d", "4h", "90m" (seconds are rounded up to a minute). */
    @Override
    public String toString() {
        if (isDays()) {
            return days.toPlainString() + "d";
        }
        long minutes = (time.getSeconds() + 59) / 60;
        return minutes % 60 == 0 && minutes > 0 ? minutes / 60 + "h" : minutes + "m";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkDuration other && Objects.equals(days, other.days) && Objects.equals(time, other.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(days, time);
    }
}
