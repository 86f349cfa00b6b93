package org.vocdesk.kpi.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An improvement plan's life: planned, completed, reviewed one to three months later against its KPI. */
class ImprovementPlanTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private final AppUser owner = new AppUser("wang", "王工", null, "hash");

    @Test
    void theReviewComesAtLeastAMonthAfterCompletionAndStoresBeforeAndAfter() {
        ImprovementPlan plan = plan(START, START.plusDays(30));
        plan.complete(LocalDate.of(2025, 4, 10));
        assertThatThrownBy(() -> plan.review(true, null, null, "", "zhao", LocalDate.of(2025, 5, 9)))
                .extracting("key").isEqualTo("kpi.plan.reviewTooEarly");
        plan.review(false, new BigDecimal("12"), new BigDecimal("11"), "repeats hardly moved", "zhao", LocalDate.of(2025, 5, 10));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.NOT_EFFECTIVE);
        assertThat(plan.getBeforeValue()).isEqualByComparingTo("12");
        assertThat(plan.getAfterValue()).isEqualByComparingTo("11");
        assertThatThrownBy(() -> plan.complete(LocalDate.of(2025, 6, 1))).extracting("key").isEqualTo("kpi.plan.wrongStatus");
    }

    @Test
    void beforeIsAsLongAsAfterAndEndsTheDayBeforeTheStart() {
        ImprovementPlan plan = plan(START, START.plusDays(30));
        plan.complete(LocalDate.of(2025, 4, 1));
        KpiScope after = plan.afterScope(LocalDate.of(2025, 5, 31));
        KpiScope before = plan.beforeScope(LocalDate.of(2025, 5, 31));
        assertThat(after.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(after.to()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(before.to()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(before.to().toEpochDay() - before.from().toEpochDay()).isEqualTo(after.to().toEpochDay() - after.from().toEpochDay());
        assertThat(before.categoryId()).isEqualTo(7L);
    }

    @Test
    void requiredFieldsAndDatesAreChecked() {
        assertThatThrownBy(() -> plan(START, START.minusDays(1))).extracting("key").isEqualTo("kpi.plan.dueBeforeStart");
        assertThatThrownBy(() -> new ImprovementPlan(new PlanDetails(" ", "p", "g", "m", 1L, Kpi.REPEAT_COMPLAINTS, null, null,
                START, START, List.of()), owner, Set.of(), "zhao", Instant.EPOCH)).extracting("key").isEqualTo("kpi.plan.required");
    }

    private ImprovementPlan plan(LocalDate start, LocalDate due) {
        return new ImprovementPlan(new PlanDetails("Packaging", "cartons crushed again", "no repeat in 3 months",
                "new carton spec", 1L, Kpi.REPEAT_COMPLAINTS, 7L, null, start, due, List.of()), owner, Set.of(1L), "zhao", Instant.EPOCH);
    }
}
