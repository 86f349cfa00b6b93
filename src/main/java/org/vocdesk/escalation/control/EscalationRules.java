package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.escalation.entity.EscalationPlan;
import org.vocdesk.escalation.entity.EscalationRule;

import java.util.List;

/** The rules stored as data, read fresh each time (few rows, and an administrator may change them). */
@ApplicationScoped
public class EscalationRules {

    @PersistenceContext
    EntityManager em;

    public List<EscalationRule> chain(String kind, String priority) {
        return EscalationPlan.chainFor(em.createQuery("select r from EscalationRule r where r.kind = :k", EscalationRule.class)
                .setParameter("k", kind).getResultList(), priority);
    }

    public List<EscalationRule> all() {
        return em.createQuery("select r from EscalationRule r order by r.kind, r.priority, r.level", EscalationRule.class).getResultList();
    }
}
