package org.vocdesk.demo.control;

import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.demo.control.DemoStep.Kind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plans how far a demo complaint's handling got and when each step happened. The target stage depends on
 * the age: old records are mostly closed, recent ones still open; a step that would lie in the future is
 * left out together with everything after it.
 */
final class DemoStepPlanner {

    private enum Stage { RECEIVED, TRIAGED, INVESTIGATING, AWAITING_CONFIRMATION, CLOSED, INVALID }

    private static final Stage[] STAGES = Stage.values();

    private final Picker pick;
    private final Instant now;
    private final ZoneId zone;

    DemoStepPlanner(Picker pick, Instant now, ZoneId zone) {
        this.pick = pick;
        this.now = now;
        this.zone = zone;
    }

    List<DemoStep> plan(FeedbackType type, String category, Urgency urgency, boolean major, Instant receivedAt,
                        Instant recordedAt, Lang lang) {
        long ageDays = Duration.between(receivedAt, now).toDays();
        Stage stage = stage(ageDays);
        boolean complaint = type == FeedbackType.COMPLAINT || type == FeedbackType.GRIEVANCE;
        if (stage == Stage.INVALID && !complaint) {
            stage = Stage.CLOSED;
        }
        boolean urgent = urgency == Urgency.HIGH;
        Instant triageAt = officeHours(recordedAt.plus(hours(urgent ? 1 : 2, urgent ? 6 : 30)));
        Instant investigationAt = officeHours(triageAt.plus(hours(2, 40)));
        Instant confirmationAt = officeHours(investigationAt.plus(complaint ? hours(urgent ? 12 : 24, urgent ? 96 : 14 * 24) : hours(2, 48)));
        Instant closeAt = officeHours(confirmationAt.plus(hours(4, 5 * 24)));

        List<DemoStep> steps = new ArrayList<>();
        String department = department(category);
        String handler = DemoStaff.handlerOf(department);
        if (stage == Stage.INVALID) {
            add(steps, DemoStep.of(Kind.TRIAGE_INVALID, triageAt, DemoStaff.QUALITY_MANAGER, pick.any(DemoTexts.INVALID_REASONS).in(lang)));
        } else if (stage.ordinal() >= Stage.TRIAGED.ordinal()) {
            String comment = (major ? DemoTexts.MAJOR_TRIAGE : pick.any(DemoTexts.TRIAGE_COMMENTS)).in(lang);
            add(steps, new DemoStep(Kind.TRIAGE_VALID, triageAt, DemoStaff.QUALITY_MANAGER, comment, priority(urgency, major, complaint), department));
            if (stage.ordinal() >= Stage.INVESTIGATING.ordinal()) {
                add(steps, DemoStep.of(Kind.START_INVESTIGATION, investigationAt, handler, pick.any(DemoTexts.INVESTIGATION_STARTS).in(lang)));
            }
            if (stage.ordinal() >= Stage.AWAITING_CONFIRMATION.ordinal()) {
                add(steps, DemoStep.of(Kind.REQUEST_CONFIRMATION, confirmationAt, handler, resolution(type, category).in(lang)));
            }
            if (stage == Stage.CLOSED) {
                add(steps, DemoStep.of(Kind.CLOSE, closeAt, major ? DemoStaff.GENERAL_MANAGER : DemoStaff.QUALITY_MANAGER,
                        pick.any(DemoTexts.CONFIRMATIONS).in(lang)));
            }
        }
        Instant replyAt = firstReply(receivedAt, recordedAt, stage, steps);
        if (replyAt != null) {
            steps.add(DemoStep.of(Kind.FIRST_REPLY, replyAt, DemoStaff.CLERK, pick.any(DemoTexts.FIRST_REPLIES).in(lang)));
            steps.sort(Comparator.comparing(DemoStep::at));
        }
        return List.copyOf(steps);
    }

    /** Steps that would lie in the future did not happen yet; nor did anything after them. */
    private void add(List<DemoStep> steps, DemoStep step) {
        boolean earlierMissing = steps.size() < expectedBefore(step.kind());
        if (!earlierMissing && step.at().isBefore(now.minus(Duration.ofMinutes(2)))) {
            steps.add(step);
        }
    }

    private static int expectedBefore(Kind kind) {
        return switch (kind) {
            case TRIAGE_VALID, TRIAGE_INVALID, FIRST_REPLY -> 0;
            case START_INVESTIGATION -> 1;
            case REQUEST_CONFIRMATION -> 2;
            case CLOSE -> 3;
        };
    }

    /** Most first replies are within the two working days, some are late, some not sent yet. */
    private Instant firstReply(Instant receivedAt, Instant recordedAt, Stage stage, List<DemoStep> steps) {
        if (steps.isEmpty() && !pick.percent(40) || !steps.isEmpty() && !pick.percent(96)) {
            return null;
        }
        Instant at = officeHours(receivedAt.plus(pick.percent(85) ? hours(1, 40) : hours(50, 150)));
        if (at.isBefore(recordedAt.plus(Duration.ofMinutes(10)))) {
            at = officeHours(recordedAt.plus(Duration.ofMinutes(10)));
        }
        DemoStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        boolean finished = last != null && (last.kind() == Kind.CLOSE || last.kind() == Kind.TRIAGE_INVALID);
        if (finished && !at.isBefore(last.at())) {
            // the reply went out while the record was still open: soon after triage, or just before the invalidation
            at = steps.size() > 1 ? steps.get(0).at().plus(Duration.ofMinutes(30)) : last.at().minus(Duration.ofMinutes(5));
            if (at.isBefore(recordedAt) || !at.isBefore(last.at())) {
                return null;
            }
        }
        return at.isBefore(now.minus(Duration.ofMinutes(1))) ? at : null;
    }

    /** Staff work from 8 to 18 and not on Sundays: a later moment is moved to the next working morning. */
    private Instant officeHours(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (local.getHour() >= 8 && local.getHour() < 18 && local.getDayOfWeek() != DayOfWeek.SUNDAY) {
            return at;
        }
        LocalDate day = local.getHour() < 8 ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(8, 30).atZone(zone).plusMinutes(pick.between(0, 90)).toInstant();
    }

    private Stage stage(long ageDays) {
        if (ageDays < 4) {
            return pick.weighted(STAGES, 55, 30, 15, 0, 0, 0);
        }
        if (ageDays < 10) {
            return pick.weighted(STAGES, 10, 35, 35, 10, 5, 5);
        }
        if (ageDays < 30) {
            return pick.weighted(STAGES, 0, 5, 25, 20, 40, 10);
        }
        if (ageDays < 60) {
            return pick.weighted(STAGES, 0, 0, 6, 8, 76, 10);
        }
        return pick.weighted(STAGES, 0, 0, 2, 2, 88, 8);
    }

    /** The quality manager sometimes judges a complaint's priority differently from the clerk's first guess. */
    private Urgency priority(Urgency urgency, boolean major, boolean complaint) {
        if (major || !complaint || pick.percent(75)) {
            return major ? Urgency.HIGH : urgency;
        }
        return urgency == Urgency.MEDIUM ? (pick.percent(50) ? Urgency.HIGH : Urgency.LOW) : Urgency.MEDIUM;
    }

    private String department(String category) {
        return switch (category) {
            case "PRODUCT_QUALITY" -> pick.percent(70) ? DemoStaff.PROD : DemoStaff.QA;
            case "PACKAGING_LOGISTICS" -> DemoStaff.PROD;
            case "TECHNICAL", "OTHER" -> pick.percent(50) ? DemoStaff.QA : DemoStaff.PROD;
            case "SAFETY_INJURY" -> DemoStaff.QA;
            default -> DemoStaff.SALES;
        };
    }

    private static Bilingual resolution(FeedbackType type, String category) {
        return switch (type) {
            case PRAISE -> DemoTexts.PRAISE_RESOLUTION;
            case SUGGESTION -> DemoTexts.SUGGESTION_RESOLUTION;
            case INQUIRY -> DemoTexts.INQUIRY_RESOLUTION;
            default -> DemoTexts.RESOLUTIONS.get(category);
        };
    }

    private Duration hours(int min, int max) {
        return Duration.ofMinutes(pick.between(min * 60, max * 60));
    }
}
