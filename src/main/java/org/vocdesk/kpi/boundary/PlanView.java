package org.vocdesk.kpi.boundary;

import org.vocdesk.kpi.entity.ImprovementPlan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An improvement plan as shown: with the KPI's value before and after (the stored ones once reviewed, else as
 * of today) and the linked complaints' numbers.
 */
public record PlanView(Long id, String title, String problem, String goal, String measures, Long ownerId, String ownerName,
                       String kpi, Long categoryId, Long departmentId, LocalDate startDate, LocalDate dueDate,
                       LocalDate completedOn, LocalDate reviewFrom, String status, BigDecimal before, BigDecimal after,
                       LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo,
                       LocalDate reviewedOn, String reviewedBy, String reviewComment, List<String> complaints, long version) {

    static PlanView of(ImprovementPlan p, Effect effect, List<String> numbers) {
        return new PlanView(p.getId(), p.getTitle(), p.getProblem(), p.getGoal(), p.getMeasures(), p.getOwner().getId(),
                p.getOwner().getDisplayName(), p.getKpi().name(), p.getCategoryId(), p.getDepartmentId(), p.getStartDate(),
                p.getDueDate(), p.getCompletedOn(), p.reviewFrom(), p.getStatus().name(), effect.before(), effect.after(),
                effect.beforeFrom(), effect.beforeTo(), effect.afterFrom(), effect.afterTo(), p.getReviewedOn(),
                p.getReviewedBy(), p.getReviewComment(), numbers, p.getVersion());
    }

    /** The KPI before and after, and the periods they cover (after: null before the measures are completed). */
    record Effect(BigDecimal before, BigDecimal after, LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {
    }
}
