package org.vocdesk.escalation.entity;

import java.util.List;

/**
 * A record whose deadlines are watched (a complaint today): its reference shown to people, the page that
 * opens it, its calendar, who handles it and which department is responsible (for resolving recipients at
 * send time), and its deadlines.
 */
public record WatchedSubject(String type, long id, String ref, String linkPath, String calendarCode,
                             Long handlerId, Long departmentId, List<WatchedDeadline> deadlines) {

    public WatchedSubject {
        deadlines = List.copyOf(deadlines);
    }
}
