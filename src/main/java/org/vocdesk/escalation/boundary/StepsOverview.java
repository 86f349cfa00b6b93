package org.vocdesk.escalation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.escalation.entity.EscalationStep;
import org.vocdesk.escalation.entity.StepFilter;
import org.vocdesk.notification.boundary.NoticeView;
import org.vocdesk.notification.boundary.Notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * Reading the escalation steps: the administrator's filtered, paged list of all steps, and the escalation
 * history of one record (its steps with the notices each sent and their acknowledgements).
 */
@Stateless
@RolesAllowed({ADMINISTRATOR, AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER})
public class StepsOverview {

    /** One step with the people it told (empty while pending or when cancelled). */
    public record HistoryEntry(EscalationStep step, List<NoticeView> notices) {
    }

    static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    CallerVisibility visibility;

    public List<EscalationStep> page(@NotNull StepFilter filter, int first, int max) {
        return query("select s", filter, " order by s.dueAt desc, s.id desc", EscalationStep.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultList();
    }

    public long count(@NotNull StepFilter filter) {
        return query("select count(s)", filter, "", Long.class).getSingleResult();
    }

    /** The kinds of deadline that have steps, for the filter. */
    public List<String> kinds() {
        return em.createQuery("select distinct r.kind from EscalationRule r order by r.kind", String.class).getResultList();
    }

    /** Everyone who may read the record may read its escalation history. */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
    public List<HistoryEntry> history(@NotNull String subjectType, long subjectId, Locale locale) {
        if (ComplaintDeadlines.TYPE.equals(subjectType)) {
            visibility.require(subjectId);
        }
        List<EscalationStep> steps = em.createQuery("select s from EscalationStep s where s.subjectType = :t and s.subjectId = :id"
                        + " order by s.dueAt, s.id", EscalationStep.class)
                .setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
        List<NoticeView> notices = notifications.aboutSubject(subjectType, subjectId, locale);
        List<HistoryEntry> entries = new ArrayList<>();
        for (EscalationStep step : steps) {
            entries.add(new HistoryEntry(step, notices.stream().filter(n -> Objects.equals(n.stepId(), step.getId())).toList()));
        }
        return entries;
    }

    private <T> TypedQuery<T> query(String select, StepFilter filter, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            where.append(" and s.status = :status");
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.append(" and s.kind = :kind");
        }
        if (filter.from() != null) {
            where.append(" and s.dueAt >= :from");
        }
        if (filter.to() != null) {
            where.append(" and s.dueAt < :to");
        }
        TypedQuery<T> query = em.createQuery(select + " from EscalationStep s" + where + order, type);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }
}
