package org.vocdesk.escalation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.escalation.control.EscalationRules;
import org.vocdesk.escalation.control.PlanRequests;
import org.vocdesk.escalation.control.StepActions;
import org.vocdesk.escalation.entity.EscalationPlan;
import org.vocdesk.escalation.entity.EscalationRule;
import org.vocdesk.escalation.entity.EscalationStep;
import org.vocdesk.escalation.entity.PlannedStep;
import org.vocdesk.escalation.entity.StepRules;
import org.vocdesk.escalation.entity.StepStatus;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;
import org.vocdesk.notification.control.NodeName;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The escalation engine. {@link #plan} stores a subject's steps (idempotent: the unique key is subject,
 * kind, level and deadline); {@link #runDue} finds the due steps through the (status, due_at) index and hands
 * each to {@link #process}, which claims it with a conditional UPDATE and writes its notices in the same
 * transaction, so a step is acted on exactly once and never claimed without its notices.
 */
@Stateless
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    public record RunResult(int sent, int cancelled, int deferred) {

        RunResult plus(RunResult other) {
            return new RunResult(sent + other.sent, cancelled + other.cancelled, deferred + other.deferred);
        }

        RunResult plus(StepStatus outcome) {
            return switch (outcome) {
                case SENT -> new RunResult(sent + 1, cancelled, deferred);
                case CANCELLED -> new RunResult(sent, cancelled + 1, deferred);
                case PENDING -> new RunResult(sent, cancelled, deferred + 1);
                case CLAIMED -> this; // another node had it
            };
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EscalationRules rules;

    @Inject
    PlanRequests planRequests;

    @Inject
    StepActions actions;

    @Inject
    CallerVisibility visibility;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "vocdesk.escalation.batch", defaultValue = "500")
    int batch;

    /** How long the planning after commit may take before the timer plans a record itself. */
    @Inject
    @ConfigProperty(name = "vocdesk.escalation.plan-grace-seconds", defaultValue = "30")
    long planGraceSeconds;

    /**
     * Plans (and for a major complaint acts on the due steps) on another thread: called from observers of
     * committed transactions, where Payara cannot start a new transaction on the calling thread (resuming the
     * completed one fails). Retried once, since two plans of one subject may race on the unique step key.
     */
    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void planSoon(String subjectType, long subjectId, boolean actOnDueSteps) {
        Escalations self = context.getBusinessObject(Escalations.class);
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                self.plan(subjectType, subjectId);
                if (actOnDueSteps) {
                    self.runDueOf(subjectType, subjectId);
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "Could not plan the escalation of " + subjectType + " " + subjectId
                            + "; due steps that exist are still sent by the timer", e);
                }
            }
        }
    }

    /** (Re)plans the steps of one subject: cancels those that no longer apply, adds missing ones. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void plan(String subjectType, long subjectId) {
        List<Long> requests = planRequests.pendingOf(subjectType, subjectId);
        planSteps(subjectType, subjectId);
        planRequests.done(requests);
    }

    private void planSteps(String subjectType, long subjectId) {
        Instant now = clock.instant();
        List<EscalationStep> existing = em.createQuery("select s from EscalationStep s where s.subjectType = :t and s.subjectId = :id",
                EscalationStep.class).setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
        Optional<WatchedSubject> found = actions.source(subjectType).find(subjectId);
        List<WatchedDeadline> deadlines = found.map(WatchedSubject::deadlines).orElse(List.of());
        for (EscalationStep step : existing) {
            if (step.getStatus() == StepStatus.PENDING
                    && !StepRules.stillApplies(step.getKind(), step.getLevel(), step.getDeadline(), deadlines, now)) {
                step.cancel(StepRules.whyObsolete(step.getKind(), step.getLevel(), step.getDeadline(), deadlines, now), now);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        WatchedSubject subject = found.get();
        WorkingCalendar calendar = actions.calendarOf(subject);
        for (WatchedDeadline deadline : deadlines) {
            List<EscalationRule> chain = rules.chain(deadline.kind(), deadline.priority());
            for (PlannedStep planned : EscalationPlan.plan(deadline, chain, calendar, now)) {
                Optional<EscalationStep> same = existing.stream().filter(s -> s.matches(planned)).findFirst();
                if (same.isPresent()) {
                    same.get().reschedule(planned.dueAt());
                } else {
                    em.persist(new EscalationStep(subject, planned, now));
                }
            }
        }
    }

    /**
     * One run of the timer: first the records whose planning after commit never ran, then every due step, in
     * batches, each in its own transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunResult runDue() {
        Escalations self = context.getBusinessObject(Escalations.class);
        for (PlanRequests.Subject forgotten : self.forgottenPlans()) {
            try {
                self.plan(forgotten.type(), forgotten.id());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not plan the escalation of " + forgotten + "; the next run tries again", e);
            }
        }
        RunResult total = new RunResult(0, 0, 0);
        for (int round = 0; round < 50; round++) {
            List<Long> due = self.dueIds();
            total = total.plus(processBatchOrEach(self, due));
            if (due.size() < batch) {
                break;
            }
        }
        return total;
    }

    /** Acts at once on the due steps of one record (a major complaint at intake) instead of waiting for the timer. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runDueOf(String subjectType, long subjectId) {
        Escalations self = context.getBusinessObject(Escalations.class);
        for (Long id : self.dueIdsOf(subjectType, subjectId)) {
            self.process(id);
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIdsOf(String subjectType, long subjectId) {
        return em.createQuery("select s.id from EscalationStep s where s.subjectType = :t and s.subjectId = :id"
                        + " and s.status = :p and s.dueAt <= :now order by s.dueAt, s.id", Long.class)
                .setParameter("t", subjectType).setParameter("id", subjectId)
                .setParameter("p", StepStatus.PENDING).setParameter("now", clock.instant()).getResultList();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PlanRequests.Subject> forgottenPlans() {
        return planRequests.forgotten(clock.instant().minusSeconds(planGraceSeconds), batch);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds() {
        return em.createQuery("select s.id from EscalationStep s where s.status = :p and s.dueAt <= :now order by s.dueAt, s.id", Long.class)
                .setParameter("p", StepStatus.PENDING).setParameter("now", clock.instant()).setMaxResults(batch).getResultList();
    }

    /**
     * Claims one step and acts on it in one transaction; returns the status it ends in, or CLAIMED when
     * another node had it (nothing done here).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StepStatus process(Long stepId) {
        Instant now = clock.instant();
        int won = em.createQuery("update EscalationStep s set s.status = :claimed, s.claimedBy = :node, s.claimedAt = :now"
                        + " where s.id = :id and s.status = :pending and s.dueAt <= :now")
                .setParameter("claimed", StepStatus.CLAIMED).setParameter("pending", StepStatus.PENDING)
                .setParameter("node", NodeName.get()).setParameter("now", now).setParameter("id", stepId).executeUpdate();
        if (won != 1) {
            return StepStatus.CLAIMED;
        }
        EscalationStep step = em.find(EscalationStep.class, stepId);
        em.refresh(step);
        StepActions.Run run = actions.newRun();
        StepStatus outcome = actions.act(step, now, run);
        actions.finish(run);
        return outcome;
    }

    /**
     * Claims a batch of due steps with one UPDATE and acts on those won, all in one transaction: a step is
     * never claimed without its notices, because both commit or neither. A step that another node holds
     * makes this UPDATE wait for that node's commit, after which the step is no longer pending and is skipped.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunResult processBatch(List<Long> stepIds) {
        // no query below reads what this transaction changes; without this every query and notice would first
        // dirty-check the whole batch (hundreds of steps and records), which made a step cost tens of milliseconds
        em.setFlushMode(FlushModeType.COMMIT);
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        String node = NodeName.get();
        em.createQuery("update EscalationStep s set s.status = :claimed, s.claimedBy = :node, s.claimedAt = :now"
                        + " where s.id in :ids and s.status = :pending and s.dueAt <= :now")
                .setParameter("claimed", StepStatus.CLAIMED).setParameter("pending", StepStatus.PENDING)
                .setParameter("node", node).setParameter("now", now).setParameter("ids", stepIds).executeUpdate();
        long t1 = System.nanoTime();
        // CLAIMED never commits (the same transaction moves it on), so the claimed rows visible here are ours
        List<EscalationStep> won = em.createQuery("select s from EscalationStep s where s.id in :ids and s.status = :claimed"
                        + " and s.claimedBy = :node order by s.dueAt, s.id", EscalationStep.class)
                .setParameter("ids", stepIds).setParameter("claimed", StepStatus.CLAIMED).setParameter("node", node).getResultList();
        long t2 = System.nanoTime();
        actions.prefetch(won);
        long t3 = System.nanoTime();
        StepActions.Run run = actions.newRun();
        RunResult result = new RunResult(0, 0, 0);
        for (EscalationStep step : won) {
            result = result.plus(actions.act(step, now, run));
        }
        actions.finish(run);
        long t4 = System.nanoTime();
        em.flush();
        long t5 = System.nanoTime();
        LOG.info(() -> "Escalation batch of " + stepIds.size() + ": claim " + ms(t0, t1) + " ms, load " + ms(t1, t2) + " ms, prefetch "
                + ms(t2, t3) + " ms, act " + ms(t3, t4) + " ms, flush " + ms(t4, t5) + " ms");
        return result;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** A batch that fails as a whole (nothing of it is kept) is done step by step, so one bad step holds up no other. */
    private RunResult processBatchOrEach(Escalations self, List<Long> due) {
        if (due.isEmpty()) {
            return new RunResult(0, 0, 0);
        }
        try {
            long started = System.nanoTime();
            RunResult result = self.processBatch(due);
            LOG.info(() -> "Escalation batch of " + due.size() + " with commit: " + ms(started, System.nanoTime()) + " ms");
            return result;
        } catch (RuntimeException batchFailed) {
            LOG.log(Level.WARNING, "A batch of " + due.size() + " escalation steps failed and was rolled back; trying them one by one", batchFailed);
        }
        RunResult result = new RunResult(0, 0, 0);
        for (Long id : due) {
            try {
                result = result.plus(self.process(id));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Escalation step " + id + " failed and stays pending", e);
            }
        }
        return result;
    }

    /** The steps of one record, for its escalation history; a complaint's only for callers who may see the complaint. */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
    public List<EscalationStep> history(String subjectType, long subjectId) {
        if (ComplaintDeadlines.TYPE.equals(subjectType)) {
            visibility.require(subjectId);
        }
        return em.createQuery("select s from EscalationStep s where s.subjectType = :t and s.subjectId = :id order by s.dueAt, s.id",
                EscalationStep.class).setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    /** For the administrator: steps of one status (or all), soonest due first. */
    @RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER})
    public List<EscalationStep> steps(StepStatus status, int max) {
        var query = em.createQuery("select s from EscalationStep s" + (status == null ? "" : " where s.status = :s")
                + " order by s.dueAt desc, s.id desc", EscalationStep.class).setMaxResults(Math.max(1, Math.min(max, 1000)));
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList();
    }

    @RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER, GENERAL_MANAGER})
    public List<EscalationRule> rules() {
        return new ArrayList<>(rules.all());
    }
}
