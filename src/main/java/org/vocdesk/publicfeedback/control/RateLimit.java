package org.vocdesk.publicfeedback.control;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "At most {@code submissions} per {@code window}", written as {@code 5/10m} in the configuration
 * ({@code s}, {@code m} or {@code h}; or an ISO-8601 duration such as {@code 5/PT10M}). A count of 0
 * switches the limit off.
 */
public record RateLimit(int submissions, Duration window) {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*([smh])");

    public RateLimit {
        if (submissions < 0 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a count >= 0 and a positive window");
        }
    }

    public static RateLimit parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher shortForm = SHORT.matcher(value);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(2));
            Duration window = switch (shortForm.group(3)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            return new RateLimit(Integer.parseInt(shortForm.group(1)), window);
        }
        int slash = value.indexOf('/');
        try {
            if (slash > 0) {
                return new RateLimit(Integer.parseInt(value.substring(0, slash).strip()),
                        Duration.parse(value.substring(slash + 1).strip().toUpperCase(Locale.ROOT)));
            }
        } catch (RuntimeException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("vocdesk.public.rate-limit must look like 5/10m or 5/PT10M, not '" + text + "'");
    }

    public boolean off() {
        return submissions == 0;
    }
}
