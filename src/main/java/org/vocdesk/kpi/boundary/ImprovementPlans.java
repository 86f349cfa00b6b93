package org.vocdesk.kpi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.kpi.control.KpiReports;
import org.vocdesk.kpi.entity.ImprovementPlan;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.PlanDetails;
import org.vocdesk.kpi.entity.PlanStatus;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.Formats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.vocdesk.identity.entity.Role.Names.*;

/** Improvement plans (改进策略执行表): managers plan, complete and review them; auditors read them. */
@Stateless
@RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class ImprovementPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiReports reports;

    @Inject
    Organisation organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    CallerVisibility visibility;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    public List<PlanView> list() {
        return em.createQuery("select p from ImprovementPlan p join fetch p.owner order by p.dueDate desc, p.id desc", ImprovementPlan.class)
                .getResultList().stream().map(this::view).toList();
    }

    /** Who may own a plan: the active users. */
    public List<AppUser> owners() {
        return organisation.activeUsers();
    }

    public PlanView get(@NotNull Long id) {
        return view(find(id));
    }

    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView create(@Valid @NotNull PlanDetails details) {
        ImprovementPlan plan = new ImprovementPlan(details, owner(details.ownerId()), complaints(details.complaintNumbers(), Set.of()),
                currentUser.require().getUsername(), clock.instant());
        em.persist(plan);
        em.flush();
        return view(plan);
    }

    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView change(@NotNull Long id, long version, @Valid @NotNull PlanDetails details) {
        ImprovementPlan plan = current(id, version);
        plan.change(details, owner(details.ownerId()), complaints(details.complaintNumbers(), plan.getComplaintIds()));
        em.flush();
        return view(plan);
    }

    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView complete(@NotNull Long id, long version, LocalDate on) {
        ImprovementPlan plan = current(id, version);
        plan.complete(on != null ? on : today());
        em.flush();
        return view(plan);
    }

    /** The quality department verifies effectiveness, with the KPI's values before and after stored on the plan. */
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView review(@NotNull Long id, long version, boolean effective, String comment) {
        ImprovementPlan plan = current(id, version);
        if (plan.getStatus() != PlanStatus.COMPLETED) {
            throw BusinessException.conflict("kpi.plan.wrongStatus", plan.getStatus());
        }
        LocalDate today = today();
        plan.review(effective, value(plan, plan.beforeScope(today)), value(plan, plan.afterScope(today)), comment,
                currentUser.require().getUsername(), today);
        em.flush();
        return view(plan);
    }

    private PlanView view(ImprovementPlan plan) {
        LocalDate today = today();
        KpiScope before = plan.beforeScope(today);
        KpiScope after = plan.getCompletedOn() == null ? null : plan.afterScope(today);
        boolean reviewed = plan.getReviewedOn() != null;
        PlanView.Effect effect = new PlanView.Effect(reviewed ? plan.getBeforeValue() : value(plan, before),
                reviewed ? plan.getAfterValue() : after == null ? null : value(plan, after), before.from(), before.to(),
                after == null ? null : after.from(), after == null ? null : after.to());
        List<String> numbers = plan.getComplaintIds().isEmpty() ? List.of()
                : em.createQuery("select c.number from Complaint c where c.id in :ids order by c.number", String.class)
                .setParameter("ids", plan.getComplaintIds()).getResultList();
        return PlanView.of(plan, effect, numbers);
    }

    private BigDecimal value(ImprovementPlan plan, KpiScope scope) {
        return reports.report(scope, formats.zone(), clock.instant()).figure(plan.getKpi()).value();
    }

    private ImprovementPlan current(Long id, long version) {
        ImprovementPlan plan = find(id);
        if (plan.getVersion() != version) {
            throw BusinessException.conflict("kpi.plan.conflict");
        }
        return plan;
    }

    private ImprovementPlan find(Long id) {
        ImprovementPlan plan = em.find(ImprovementPlan.class, id);
        if (plan == null) {
            throw BusinessException.notFound("kpi.plan.notFound", id);
        }
        return plan;
    }

    private AppUser owner(Long id) {
        AppUser owner = organisation.user(id);
        if (id == null) {
            throw BusinessException.invalidField("ownerId", "kpi.plan.required");
        }
        if (owner == null || !owner.isActive()) {
            throw BusinessException.invalidField("ownerId", "kpi.plan.ownerUnknown", id);
        }
        return owner;
    }

    /**
     * The ids of the complaints with these numbers; an unknown number is refused by name, and so is one the caller may
     * not see (403, as the complaint itself), unless the plan already named it: a department manager keeps the links
     * another manager made when changing the plan.
     */
    private Set<Long> complaints(List<String> numbers, Set<Long> linked) {
        Set<String> wanted = numbers == null ? Set.of() : numbers.stream().filter(n -> n != null && !n.isBlank())
                .map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> found = em.createQuery("select c.number, c.id from Complaint c where c.number in :numbers", Object[].class)
                .setParameter("numbers", wanted).getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        for (String number : wanted) {
            if (!found.containsKey(number)) {
                throw BusinessException.invalidField("complaintNumbers", "kpi.plan.complaintUnknown", number);
            }
            if (!linked.contains(found.get(number))) {
                visibility.require(found.get(number).longValue());
            }
        }
        return new HashSet<>(found.values());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(formats.zone()));
    }
}
