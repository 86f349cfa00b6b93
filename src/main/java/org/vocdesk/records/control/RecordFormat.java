package org.vocdesk.records.control;

import org.vocdesk.platform.control.Messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words, times and numbers of a record report in the reader's language and the company's time zone. */
public final class RecordFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Locale locale;
    private final ZoneId zone;

    public RecordFormat(Locale locale, ZoneId zone) {
        this.locale = Messages.supported(locale);
        this.zone = zone;
    }

    public String t(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    /** An enum's label from an existing key family, e.g. {@code capa.fiveM.} + MACHINE. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? null : t(prefix + value.name());
    }

    public String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    public String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    public String yesNo(boolean value) {
        return t(value ? "records.yes" : "records.no");
    }

    public String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    public String number(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }
}
