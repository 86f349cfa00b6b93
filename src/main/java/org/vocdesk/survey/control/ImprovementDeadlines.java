package org.vocdesk.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.escalation.control.DeadlineSource;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;
import org.vocdesk.survey.entity.ImprovementAction;

import java.util.List;
import java.util.Optional;

/**
 * The deadlines of a survey improvement action for the escalation engine: the action (until done) and the
 * reply to the customer (until given). The owner is the "handler" of the escalation chain.
 */
@ApplicationScoped
public class ImprovementDeadlines implements DeadlineSource {

    public static final String TYPE = "SURVEY_IMPROVEMENT";
    public static final String ACTION = "SURVEY_ACTION";
    public static final String REPLY = "SURVEY_REPLY";

    @PersistenceContext
    EntityManager em;

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public Optional<WatchedSubject> find(long id) {
        ImprovementAction a = em.find(ImprovementAction.class, id);
        return a == null ? Optional.empty() : Optional.of(watched(a));
    }

    static WatchedSubject watched(ImprovementAction a) {
        List<WatchedDeadline> deadlines = List.of(
                new WatchedDeadline(ACTION, null, a.getOpenedAt(), a.getActionDue(), a.getActionDoneAt() == null),
                new WatchedDeadline(REPLY, null, a.getOpenedAt(), a.getReplyDue(), a.getRepliedAt() == null));
        return new WatchedSubject(TYPE, a.getId(), "SAT-" + a.getId(), "/app/surveys/analysis.xhtml?id=" + a.getCampaignId(), null,
                a.getOwner() == null ? null : a.getOwner().getId(), a.getDepartment() == null ? null : a.getDepartment().getId(), deadlines);
    }
}
