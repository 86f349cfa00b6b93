package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After a calendar change the open steps take their re-planned deadlines; done steps and chosen dates stay. */
class StepReplanTest {

    private final CapaFixtures f = new CapaFixtures();

    @Test
    void openPlannedStepsMoveCompletedAndHandSetOnesStay() {
        f.completeUpTo(Discipline.D1);
        Instant d1Before = f.report.step(Discipline.D1).getDueAt();
        Instant chosen = CapaFixtures.NOW.plus(Duration.ofDays(30));
        f.report.assign(f.quality, Discipline.D2, f.handlerUser, chosen);

        Map<Discipline, Instant> planned = new EnumMap<>(Discipline.class);
        for (Discipline d : Discipline.values()) {
            planned.put(d, CapaFixtures.NOW.plus(Duration.ofDays(d.ordinal() + 2L)));
        }

        assertThat(f.report.replanOpenSteps(planned)).isTrue();
        assertThat(f.report.step(Discipline.D1).getDueAt()).isEqualTo(d1Before);
        assertThat(f.report.step(Discipline.D2).getDueAt()).isEqualTo(chosen);
        for (Discipline d : new Discipline[]{Discipline.D3, Discipline.D4, Discipline.D8}) {
            assertThat(f.report.step(d).getDueAt()).isEqualTo(planned.get(d));
        }
        assertThat(f.report.replanOpenSteps(planned)).as("nothing left to move").isFalse();
    }
}
