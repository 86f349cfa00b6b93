package org.vocdesk.calendar.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;

/** An exception day as read from a file or typed by an administrator, before it is stored. */
public record DayEntry(LocalDate date, DayKind kind, String name) {

    public static final int MAX_NAME = 200;

    public DayEntry {
        if (date == null || kind == null) {
            throw BusinessException.invalid("calendar.day.invalid", date);
        }
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
    }
}
