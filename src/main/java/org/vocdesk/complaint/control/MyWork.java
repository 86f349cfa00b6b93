package org.vocdesk.complaint.control;

import java.util.List;

/**
 * What the home page shows a member of staff: the first rows and the total of each list. {@code toTriage}
 * is null for users who do not triage (only quality and general managers do).
 */
public record MyWork(Part assigned, Part dueSoon, Part overdue, Part toTriage) {

    /** The first rows of one list and how many there are in all. */
    public record Part(List<LedgerRow> rows, long total) {
    }
}
