package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.escalation.entity.DeadlineKinds;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.EscalationStep;
import org.vocdesk.escalation.entity.NoticeHours;
import org.vocdesk.escalation.entity.StepRules;
import org.vocdesk.escalation.entity.StepStatus;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.notification.boundary.Notifications;
import org.vocdesk.notification.entity.NoticeRequest;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to a claimed step, inside the transaction that claimed it: cancelled when it no longer applies,
 * held until working time, deferred while nobody can receive it, else its notices are written and it is sent.
 * A {@link Run} remembers calendars and managers for the steps of one batch, which share them.
 */
@ApplicationScoped
public class StepActions {

    @Inject
    @Any
    Instance<DeadlineSource> sources;

    @Inject
    Recipients recipients;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "vocdesk.escalation.no-recipient-retry-seconds", defaultValue = "900")
    long noRecipientRetrySeconds;

    @Inject
    @ConfigProperty(name = "vocdesk.escalation.working-time-only", defaultValue = "true")
    boolean workingTimeOnly;

    @Inject
    @ConfigProperty(name = "vocdesk.escalation.any-hour-kinds", defaultValue = DeadlineKinds.MAJOR_COMPLAINT)
    Set<String> anyHourKinds;

    /**
     * Shared look-ups of one batch (one transaction): the same calendar and managers for many steps; and the notices
     * decided for its steps, written together by {@link #finish}.
     */
    public final class Run {
        private final Map<String, WorkingCalendar> calendarsByCode = new HashMap<>();
        private final Map<EscalationLevel, List<AppUser>> everyoneOfLevel = new HashMap<>();
        private final List<NoticeRequest> notices = new ArrayList<>();

        /**
         * The calendar that decides working time for a subject's steps and their recipients. People and
         * departments carry no calendar of their own, so the recipients of a record work on the record's calendar.
         */
        public WorkingCalendar calendarOf(WatchedSubject subject) {
            String code = subject.calendarCode() == null ? calendars.defaultCode() : subject.calendarCode();
            return calendarsByCode.computeIfAbsent(code, calendars::get);
        }

        private List<AppUser> recipientsOf(EscalationLevel level, WatchedSubject subject) {
            if (level == EscalationLevel.QUALITY_MANAGER || level == EscalationLevel.GENERAL_MANAGER) {
                return everyoneOfLevel.computeIfAbsent(level, l -> recipients.of(l, subject)); // not per record
            }
            return recipients.of(level, subject);
        }
    }

    public Run newRun() {
        return new Run();
    }

    /** Loads the records of a batch's steps at once, so acting on each step does not query them one by one. */
    public void prefetch(Collection<EscalationStep> steps) {
        Map<String, List<Long>> idsByType = new HashMap<>();
        steps.forEach(s -> idsByType.computeIfAbsent(s.getSubjectType(), t -> new ArrayList<>()).add(s.getSubjectId()));
        idsByType.forEach((type, ids) -> source(type).prefetch(ids));
    }

    /** Acts on a step claimed in the current transaction; returns the status it ends in. */
    public StepStatus act(EscalationStep step, Instant now, Run run) {
        Optional<WatchedSubject> subject = source(step.getSubjectType()).find(step.getSubjectId());
        List<WatchedDeadline> deadlines = subject.map(WatchedSubject::deadlines).orElse(List.of());
        if (!StepRules.stillApplies(step.getKind(), step.getLevel(), step.getDeadline(), deadlines, now)) {
            step.cancel(StepRules.whyObsolete(step.getKind(), step.getLevel(), step.getDeadline(), deadlines, now), now);
            return step.getStatus();
        }
        Optional<Instant> held = new NoticeHours(workingTimeOnly, anyHourKinds).holdUntil(step.getKind(), run.calendarOf(subject.get()), now);
        if (held.isPresent()) {
            step.defer(held.get(), NoticeHours.HELD); // claimed again, once, when working time starts
            return step.getStatus();
        }
        List<AppUser> to = run.recipientsOf(step.getLevel(), subject.get());
        if (to.isEmpty()) {
            // tried again later; re-planning (e.g. triage assigning a handler) also makes it due again at once,
            // but a re-plan racing with this claim may miss it, hence a retry that is not too far off
            step.defer(now.plusSeconds(noRecipientRetrySeconds), "no recipient");
            return step.getStatus();
        }
        for (AppUser user : to) {
            run.notices.add(new NoticeRequest(user.getId(), step.getId(), step.getSubjectType(), step.getSubjectId(),
                    step.getSubjectRef(), subject.get().linkPath(), step.getKind(), step.getLevel().name(),
                    reasonKey(step), step.getDeadline()));
        }
        step.sent(to.size(), now);
        return step.getStatus();
    }

    /**
     * Writes the notices of the steps acted on in this run, in the same transaction: must be called before it
     * commits, or the steps marked sent would have no notices (the transaction rolls back as a whole if this fails).
     */
    public void finish(Run run) {
        notifications.notifyAll(List.copyOf(run.notices));
        run.notices.clear();
    }

    public DeadlineSource source(String type) {
        for (DeadlineSource source : sources) {
            if (source.subjectType().equals(type)) {
                return source;
            }
        }
        throw BusinessException.notFound("escalation.source.unknown", type);
    }

    private static String reasonKey(EscalationStep step) {
        if (step.getLevel() == EscalationLevel.WARNING) {
            return "escalation.reason.warning";
        }
        return DeadlineKinds.MAJOR_COMPLAINT.equals(step.getKind()) ? "escalation.reason.major" : "escalation.reason.breach";
    }
}
