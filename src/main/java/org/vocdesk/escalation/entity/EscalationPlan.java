package org.vocdesk.escalation.entity;

import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules turned into due times, in working time on the subject's calendar. A breach level is due its
 * delay after the deadline (a zero delay means the deadline itself, not the next working moment, so a major
 * complaint at night is still notified at once). The warning falls at its share of the allowed working time,
 * and is left out when the deadline has already passed when the plan is made: a warning after the breach
 * helps nobody.
 */
public final class EscalationPlan {

    private EscalationPlan() {
    }

    /** Rules of one kind for one priority: the priority's own rules if any, else those for ANY priority. */
    public static List<EscalationRule> chainFor(List<EscalationRule> rulesOfKind, String priority) {
        List<EscalationRule> own = rulesOfKind.stream().filter(EscalationRule::isActive)
                .filter(r -> r.getPriority().equals(priority)).toList();
        List<EscalationRule> chosen = own.isEmpty() ? rulesOfKind.stream().filter(EscalationRule::isActive)
                .filter(r -> r.getPriority().equals(EscalationRule.ANY_PRIORITY)).toList() : own;
        return chosen.stream().sorted(Comparator.comparing(EscalationRule::getLevel)).toList();
    }

    public static List<PlannedStep> plan(WatchedDeadline deadline, List<EscalationRule> chain, WorkingCalendar calendar, Instant now) {
        List<PlannedStep> steps = new ArrayList<>();
        if (!deadline.active()) {
            return steps;
        }
        for (EscalationRule rule : chain) {
            if (rule.isWarning()) {
                if (now.isBefore(deadline.deadline())) {
                    (rule.getWarnBefore() != null ? warningBefore(deadline, WorkDuration.parse(rule.getWarnBefore()), calendar)
                            : warningTime(deadline, rule.getWarnPercent(), calendar))
                            .ifPresent(at -> steps.add(new PlannedStep(deadline.kind(), rule.getLevel(), deadline.deadline(), at)));
                }
            } else {
                steps.add(new PlannedStep(deadline.kind(), rule.getLevel(), deadline.deadline(),
                        breachTime(deadline.deadline(), rule.delay(), calendar)));
            }
        }
        return steps;
    }

    public static Instant breachTime(Instant deadline, WorkDuration delay, WorkingCalendar calendar) {
        return delay.isZero() ? deadline : calendar.plus(deadline, delay);
    }

    /**
     * The moment {@code before} working time ahead of the deadline; at the start when less time than that
     * was allowed (the handler is warned at once).
     */
    public static java.util.Optional<Instant> warningBefore(WatchedDeadline deadline, WorkDuration before, WorkingCalendar calendar) {
        Duration allowed = calendar.workingTimeBetween(deadline.startedAt(), deadline.deadline());
        if (allowed.isNegative() || allowed.isZero()) {
            return java.util.Optional.empty();
        }
        Duration used = allowed.minus(before.time());
        Instant at = used.isNegative() || used.isZero() ? deadline.startedAt() : calendar.plus(deadline.startedAt(), WorkDuration.ofTime(used));
        return at.isBefore(deadline.deadline()) ? java.util.Optional.of(at) : java.util.Optional.empty();
    }

    /** The moment when {@code percent} of the working time between start and deadline is used up. */
    public static java.util.Optional<Instant> warningTime(WatchedDeadline deadline, int percent, WorkingCalendar calendar) {
        Duration allowed = calendar.workingTimeBetween(deadline.startedAt(), deadline.deadline());
        if (allowed.isNegative() || allowed.isZero()) {
            return java.util.Optional.empty();
        }
        Duration used = Duration.ofSeconds(allowed.getSeconds() * percent / 100);
        Instant at = used.isZero() ? deadline.startedAt() : calendar.plus(deadline.startedAt(), WorkDuration.ofTime(used));
        return at.isBefore(deadline.deadline()) ? java.util.Optional.of(at) : java.util.Optional.empty();
    }
}
