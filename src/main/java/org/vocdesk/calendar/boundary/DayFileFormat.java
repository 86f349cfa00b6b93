package org.vocdesk.calendar.boundary;

import org.vocdesk.calendar.control.HolidayCsv;
import org.vocdesk.calendar.control.IcsDays;
import org.vocdesk.calendar.entity.DayEntry;

import java.util.List;
import java.util.Locale;

/** The files exception days can be imported from. */
public enum DayFileFormat {
    ICS, CSV;

    public List<DayEntry> read(String content) {
        return this == ICS ? IcsDays.parse(content) : HolidayCsv.parse(content);
    }

    /** By file name: ".csv" is CSV, anything else is read as iCalendar. */
    public static DayFileFormat ofFileName(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : ICS;
    }
}
