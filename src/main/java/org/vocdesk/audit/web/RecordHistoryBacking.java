package org.vocdesk.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.audit.boundary.AuditTrail;
import org.vocdesk.audit.entity.HistoryEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The history shown on a record's page (WEB-INF/includes/record-history.xhtml), read once per request. */
@Named
@RequestScoped
public class RecordHistoryBacking {

    @Inject
    AuditTrail trail;

    private final Map<String, List<HistoryEntry>> read = new HashMap<>();

    /** Newest first, as a page reads best. */
    public List<HistoryEntry> of(String recordType, Long id) {
        if (id == null) {
            return List.of();
        }
        return read.computeIfAbsent(recordType + "|" + id, k -> newestFirst(trail.history(recordType, id)));
    }

    private static List<HistoryEntry> newestFirst(List<HistoryEntry> entries) {
        List<HistoryEntry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        return reversed;
    }
}
