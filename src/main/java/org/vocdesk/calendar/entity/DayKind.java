package org.vocdesk.calendar.entity;

/** What an exception day changes: a holiday is not worked, a workday (调休) is a weekend date that is. */
public enum DayKind {
    HOLIDAY, WORKDAY
}
