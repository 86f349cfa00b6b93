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
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.escalation.control.DeadlineSource;
import org.vocdesk.escalation.control.EscalationRules;
import org.vocdesk.escalation.control.PlanRequests;
import org.vocdesk.escalation.control.PlanningSignal;
import org.vocdesk.escalation.control.StepActions;
import org.vocdesk.escalation.entity.DeadlineKinds;
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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
    private static final String ID_RANGE = " and s.subjectId between :lowestId and :highestId";

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
    PlanningSignal signal;

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

    /** How long the planning after commit waits for more requests before it plans what it has. */
    @Inject
    @ConfigProperty(name = "vocdesk.escalation.plan-linger-millis", defaultValue = "200")
    long planLingerMillis;

    /**
     * Plans one record on another thread: called from observers of committed transactions, where Payara cannot start
     * a new transaction on the calling thread (resuming the completed one fails). Retried once, since two plans of
     * one subject may race on the unique step key.
     */
    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void planSoon(String subjectType, long subjectId) {
        planEach(context.getBusinessObject(Escalations.class), subjectType, List.of(subjectId));
    }

    /**
     * Plans every record that has a plan request, oldest request first, in batches of {@code vocdesk.escalation.batch}
     * requests, then acts at once on those records' due steps of the kinds {@link DeadlineKinds#ACTED_ON_WHEN_PLANNED}
     * (a major complaint notifies the managers at once). Runs until no request is left and no new one was signalled
     * meanwhile ({@link PlanningSignal}), so a burst of intakes is planned by one thread in a few transactions.
     */
    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void planRequested() {
        Escalations self = context.getBusinessObject(Escalations.class);
        try {
            int seen;
            do {
                seen = signal.seen();
                long after = 0;
                boolean full = false;
                while (true) {
                    if (!full) {
                        Thread.sleep(planLingerMillis); // lets the intakes of a busy moment gather into one batch
                    }
                    List<PlanRequests.Pending> pending = self.requestsAfter(after);
                    if (pending.isEmpty()) {
                        break;
                    }
                    full = pending.size() == batch;
                    after = pending.get(pending.size() - 1).requestId();
                    planAndActOnDue(self, pending.stream().map(PlanRequests.Pending::subject).distinct().toList());
                }
            } while (!signal.settle(seen));
        } catch (InterruptedException e) {
            signal.reset();
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            signal.reset();
            LOG.log(Level.WARNING, "Planning the requested escalations stopped; the timer plans what is left", e);
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PlanRequests.Pending> requestsAfter(long requestId) {
        return planRequests.after(requestId, batch);
    }

    /**
     * (Re)plans the steps of records of one type in one transaction: cancels those that no longer apply, adds missing
     * ones. Their steps, records, rules and calendars are each read once for all of them.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void plan(String subjectType, List<Long> subjectIds) {
        List<Long> requests = planRequests.pendingOf(subjectType, subjectIds);
        Instant now = clock.instant();
        Map<Long, List<EscalationStep>> existing = withinIdRange(em.createQuery("select s from EscalationStep s where s.subjectType = :t"
                        + " and s.subjectId in :ids" + ID_RANGE, EscalationStep.class), subjectIds).setParameter("t", subjectType)
                .getResultStream().collect(Collectors.groupingBy(EscalationStep::getSubjectId));
        DeadlineSource source = actions.source(subjectType);
        source.prefetch(subjectIds);
        StepActions.Run run = actions.newRun();
        EscalationRules.Book book = rules.book();
        for (Long id : subjectIds) {
            planSteps(source.find(id), existing.getOrDefault(id, List.of()), run, book, now);
        }
        planRequests.done(requests);
    }

    private void planSteps(Optional<WatchedSubject> found, List<EscalationStep> existing, StepActions.Run run, EscalationRules.Book book,
                           Instant now) {
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
        WorkingCalendar calendar = run.calendarOf(subject);
        for (WatchedDeadline deadline : deadlines) {
            for (PlannedStep planned : EscalationPlan.plan(deadline, book.chain(deadline.kind(), deadline.priority()), calendar, now)) {
                Optional<EscalationStep> same = existing.stream().filter(s -> s.matches(planned)).findFirst();
                if (same.isPresent()) {
                    same.get().reschedule(planned.dueAt());
                } else {
                    em.persist(new EscalationStep(subject, planned, now));
                }
            }
        }
    }

    /** Plans records of any types, a batch per type; a batch that fails (nothing of it is kept) is planned record by record. */
    private void planBatchOrEach(Escalations self, List<PlanRequests.Subject> subjects) {
        idsByType(subjects).forEach((type, ids) -> {
            try {
                self.plan(type, ids);
            } catch (RuntimeException batchFailed) {
                LOG.log(Level.INFO, "Planning " + ids.size() + " " + type + " records together failed (another node or thread planned"
                        + " some of them meanwhile); planning them one by one", batchFailed);
                planEach(self, type, ids);
            }
        });
    }

    private void planEach(Escalations self, String type, List<Long> ids) {
        for (Long id : ids) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    self.plan(type, List.of(id));
                    break;
                } catch (RuntimeException e) {
                    if (attempt == 2) {
                        LOG.log(Level.WARNING, "Could not plan the escalation of " + type + " " + id
                                + "; due steps that exist are still sent by the timer", e);
                    }
                }
            }
        }
    }

    private void planAndActOnDue(Escalations self, List<PlanRequests.Subject> subjects) {
        planBatchOrEach(self, subjects);
        idsByType(subjects).forEach((type, ids) -> processBatchOrEach(self, self.dueIdsOf(type, ids, DeadlineKinds.ACTED_ON_WHEN_PLANNED)));
    }

    private static Map<String, List<Long>> idsByType(List<PlanRequests.Subject> subjects) {
        return subjects.stream().collect(Collectors.groupingBy(PlanRequests.Subject::type, LinkedHashMap::new,
                Collectors.mapping(PlanRequests.Subject::id, Collectors.toList())));
    }

    /**
     * One run of the timer: first the records whose planning after commit never ran, then every due step, in
     * batches, each in its own transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunResult runDue() {
        Escalations self = context.getBusinessObject(Escalations.class);
        planBatchOrEach(self, self.forgottenPlans());
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

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIdsOf(String subjectType, List<Long> subjectIds, Collection<String> kinds) {
        return withinIdRange(em.createQuery("select s.id from EscalationStep s where s.subjectType = :t and s.subjectId in :ids" + ID_RANGE
                        + " and s.kind in :kinds and s.status = :p and s.dueAt <= :now order by s.dueAt, s.id", Long.class), subjectIds)
                .setParameter("t", subjectType).setParameter("kinds", kinds)
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

    /**
     * The subjects' ids, also as the range they lie in. The range adds nothing to the result, but lets PostgreSQL use
     * both columns of the step key when the table has no statistics yet (never analysed): it then guesses that a list
     * of a hundred ids matches most of the table and read all of it, 40-70 ms a batch at 500,000 steps, where the
     * range is known to be narrow (bench/RESULTS.md, session 11).
     */
    private static <T> TypedQuery<T> withinIdRange(TypedQuery<T> query, List<Long> subjectIds) {
        return query.setParameter("ids", subjectIds).setParameter("lowestId", subjectIds.isEmpty() ? 0L : Collections.min(subjectIds))
                .setParameter("highestId", subjectIds.isEmpty() ? 0L : Collections.max(subjectIds));
    }
}
