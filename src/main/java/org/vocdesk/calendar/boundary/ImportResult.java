package org.vocdesk.calendar.boundary;

/** What an import did: days new to the calendar, and existing days whose kind or name changed. */
public record ImportResult(int read, int added, int changed) {
}
