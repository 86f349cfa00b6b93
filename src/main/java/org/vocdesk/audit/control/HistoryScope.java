package org.vocdesk.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the caller may read a record's history: the history of a complaint, of its 8D report or of its CAPA
 * plan only when the caller may see the complaint (403 naming it otherwise, as the complaint resource answers).
 * Callers limited to their department read the parts of those records (timeline, replies, 8D steps, ...) with
 * the record they belong to, not on their own, since a part's id does not say whose complaint it is.
 */
@ApplicationScoped
public class HistoryScope {

    /** How to find the complaint a record of each complaint-derived type belongs to. */
    private static final Map<String, String> COMPLAINT_OF = Map.of(
            "complaint", "select c.id from Complaint c where c.id = :id",
            "capa_report", "select r.complaint.id from EightDReport r where r.id = :id",
            "capa_plan", "select r.complaint.id from EightDReport r where r.capa.id = :id");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerVisibility callers;

    public void require(String recordType, long id) {
        if (recordType == null || callers.current().all()) {
            return;
        }
        String type = recordType.toLowerCase(Locale.ROOT);
        String record = RecordTypes.recordOf(type);
        if (!COMPLAINT_OF.containsKey(record)) {
            return;
        }
        if (!record.equals(type)) {
            throw BusinessException.forbidden("audit.error.partOfRecord", type, record);
        }
        if ("complaint".equals(type)) {
            callers.require(id);
            return;
        }
        em.createQuery(COMPLAINT_OF.get(type), Long.class).setParameter("id", id).getResultStream().findFirst()
                .ifPresent(callers::require);
    }
}
