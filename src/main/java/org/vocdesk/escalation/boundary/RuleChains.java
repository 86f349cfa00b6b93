package org.vocdesk.escalation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.escalation.entity.ChainInput;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.EscalationRule;
import org.vocdesk.escalation.entity.RuleChain;
import org.vocdesk.platform.entity.BusinessException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The administrator's upkeep of the escalation rules, one chain (kind of deadline and priority) at a time.
 * A chain is saved whole or not at all; its stamp (the ids and versions of its rows when it was read) makes
 * a save over someone else's change fail with a clear message instead of silently overwriting it. The engine
 * reads the rules fresh, so new steps follow the change; steps already planned keep their due times until
 * their record is planned again.
 */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class RuleChains {

    /** A chain with the stamp to give back when saving it. */
    public record ChainView(RuleChain chain, String stamp) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @RolesAllowed({ADMINISTRATOR, AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER})
    public List<ChainView> list() {
        Map<String, List<EscalationRule>> byChain = em.createQuery(
                        "select r from EscalationRule r order by r.kind, r.priority, r.level", EscalationRule.class).getResultList()
                .stream().collect(Collectors.groupingBy(r -> r.getKind() + "/" + r.getPriority(), LinkedHashMap::new, Collectors.toList()));
        List<ChainView> chains = new ArrayList<>();
        byChain.values().forEach(rows -> chains.add(view(rows.get(0).getKind(), rows.get(0).getPriority(), rows)));
        return chains;
    }

    /** The chain, or an empty one (stamp "") when it has no rows yet. */
    @RolesAllowed({ADMINISTRATOR, AUDITOR, QUALITY_MANAGER, GENERAL_MANAGER})
    public ChainView get(@NotNull String kind, @NotNull String priority) {
        return view(kind, priority, rows(kind, priority));
    }

    public ChainView save(@NotNull ChainInput input, String stamp) {
        RuleChain chain = RuleChain.of(input, calendars.defaultCalendar().standardDayLength());
        List<EscalationRule> rows = rows(chain.getKind(), chain.getPriority());
        if ((stamp == null || stamp.isBlank()) && !rows.isEmpty()) {
            throw BusinessException.conflict("escalation.rule.exists");
        }
        if (!stamp(rows).equals(stamp == null ? "" : stamp)) {
            throw BusinessException.conflict("escalation.rule.changedMeanwhile");
        }
        Optional<EscalationRule> warning = row(rows, EscalationLevel.WARNING);
        if (chain.getWarnMode() == ChainInput.WarningMode.NONE) {
            warning.ifPresent(EscalationRule::deactivate);
        } else if (warning.isPresent()) {
            warning.get().changeWarning(chain.getWarnPercent(), chain.getWarnBefore());
        } else {
            em.persist(chain.getWarnPercent() != null ? EscalationRule.warning(chain.getKind(), chain.getPriority(), chain.getWarnPercent())
                    : EscalationRule.warningBefore(chain.getKind(), chain.getPriority(), chain.getWarnBefore()));
        }
        for (EscalationLevel level : RuleChain.breachLevels()) {
            var delay = chain.getDelays().get(level);
            Optional<EscalationRule> existing = row(rows, level);
            if (delay == null) {
                existing.ifPresent(EscalationRule::deactivate);
            } else if (existing.isPresent()) {
                existing.get().changeDelay(delay);
            } else {
                em.persist(EscalationRule.breach(chain.getKind(), chain.getPriority(), level, delay.toString()));
            }
        }
        em.flush();
        return get(chain.getKind(), chain.getPriority());
    }

    /**
     * Removes the chain of one priority, which then uses the chain for any priority again. The chains for
     * any priority are that fallback: they are changed, never removed.
     */
    public void remove(@NotNull String kind, @NotNull String priority, String stamp) {
        if (EscalationRule.ANY_PRIORITY.equals(priority)) {
            throw BusinessException.invalidField("priority", "escalation.rule.fallbackStays");
        }
        List<EscalationRule> rows = rows(kind, priority);
        if (rows.isEmpty()) {
            throw BusinessException.notFound("escalation.rule.notFound", kind, priority);
        }
        if (!stamp(rows).equals(stamp)) {
            throw BusinessException.conflict("escalation.rule.changedMeanwhile");
        }
        rows.forEach(em::remove);
    }

    private List<EscalationRule> rows(String kind, String priority) {
        return em.createQuery("select r from EscalationRule r where r.kind = :k and r.priority = :p order by r.level", EscalationRule.class)
                .setParameter("k", kind).setParameter("p", priority).getResultList();
    }

    private static Optional<EscalationRule> row(List<EscalationRule> rows, EscalationLevel level) {
        return rows.stream().filter(r -> r.getLevel() == level).findFirst();
    }

    private static ChainView view(String kind, String priority, List<EscalationRule> rows) {
        return new ChainView(RuleChain.of(kind, priority, rows), stamp(rows));
    }

    private static String stamp(List<EscalationRule> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(EscalationRule::getId))
                .map(r -> r.getId() + ":" + r.getVersion()).collect(Collectors.joining(","));
    }
}
