package org.vocdesk.calendar.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vocdesk.calendar.entity.DayEntry;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.platform.entity.BusinessException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads holiday lists in the format of the bundled {@code calendar/cn-public-holidays-*.csv}: a header
 * {@code date,kind,name}, ISO dates, kind {@code holiday} or {@code workday}. This is how next year's
 * State Council notice becomes data without a code change.
 */
public final class HolidayCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .setTrim(true).get();

    private HolidayCsv() {
    }

    public static List<DayEntry> parse(String text) {
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            List<DayEntry> days = new ArrayList<>();
            for (CSVRecord row : FORMAT.parse(reader)) {
                days.add(entry(row));
            }
            return days;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw BusinessException.invalid("calendar.csv.invalid", 1, e.getMessage());
        }
    }

    private static DayEntry entry(CSVRecord row) {
        long line = row.getParser().getCurrentLineNumber();
        try {
            LocalDate date = LocalDate.parse(row.get("date"));
            DayKind kind = DayKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            return new DayEntry(date, kind, row.isMapped("name") && row.isSet("name") ? row.get("name") : null);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw BusinessException.invalid("calendar.csv.invalid", line, String.join(",", row.values()));
        }
    }
}
