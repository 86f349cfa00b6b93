package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.escalation.entity.EscalationPlan;
import org.vocdesk.escalation.entity.EscalationRule;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rules stored as data, read fresh by each planning transaction (few rows, and an administrator may change them). */
@ApplicationScoped
public class EscalationRules {

    @PersistenceContext
    EntityManager em;

    /** All rules read once, for planning many records in one transaction. */
    public Book book() {
        return new Book(all());
    }

    public List<EscalationRule> all() {
        return em.createQuery("select r from EscalationRule r order by r.kind, r.priority, r.level", EscalationRule.class).getResultList();
    }

    /** The chains of one reading of the rules, each worked out once. */
    public static final class Book {
        private final Map<String, List<EscalationRule>> byKind;
        private final Map<List<String>, List<EscalationRule>> chains = new HashMap<>();

        Book(List<EscalationRule> rules) {
            this.byKind = rules.stream().collect(Collectors.groupingBy(EscalationRule::getKind));
        }

        public List<EscalationRule> chain(String kind, String priority) {
            return chains.computeIfAbsent(Arrays.asList(kind, priority),
                    key -> EscalationPlan.chainFor(byKind.getOrDefault(kind, List.of()), priority));
        }
    }
}
