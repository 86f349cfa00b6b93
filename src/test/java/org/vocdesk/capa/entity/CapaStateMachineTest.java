package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CAPA record: actions, the scheduled effectiveness check, and the loop that reopens when it was not effective. */
class CapaStateMachineTest {

    final CapaFixtures f = new CapaFixtures();
    final Capa capa = f.report.getCapa();

    private void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class).extracting("key").isEqualTo(key);
    }

    private CapaAction preventive() {
        return f.report.addAction(f.handler, ActionKind.PREVENTIVE, "同类模具纳入保养计划", f.managerUser, CapaFixtures.NOW.plus(Duration.ofDays(30)), CapaFixtures.NOW);
    }

    @Test
    void anActionNeedsKindOwnerAndAFutureDueDate() {
        refused(() -> f.report.addAction(f.handler, ActionKind.CORRECTIVE, "x", f.handlerUser, CapaFixtures.NOW.minusSeconds(1), CapaFixtures.NOW),
                "capa.action.dueInvalid");
        refused(() -> f.report.addAction(f.handler, null, "x", f.handlerUser, CapaFixtures.NOW.plusSeconds(1), CapaFixtures.NOW), "capa.action.kindRequired");
        refused(() -> f.report.addAction(f.handler, ActionKind.CORRECTIVE, "x", null, CapaFixtures.NOW.plusSeconds(1), CapaFixtures.NOW), "capa.action.ownerRequired");
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.OPEN);
        assertThat(capa.getActions()).isEmpty();
    }

    @Test
    void anActionIsDoneOnlyWithEvidenceAndByItsOwnerOrAManager() {
        CapaAction action = f.addCorrective();
        refused(() -> capa.completeAction(action, "已完成", f.handler, f.later(), CapaFixtures.THREE_MONTHS), "capa.action.evidenceRequired");
        action.attach("photo.jpg", "image/jpeg", 10, "cd".repeat(32), "wang", f.later());
        CapaAction someoneElses = preventive();
        someoneElses.attach("plan.pdf", "application/pdf", 10, "ef".repeat(32), "sun", f.later());
        refused(() -> capa.completeAction(someoneElses, "done", f.handler, f.later(), CapaFixtures.THREE_MONTHS), "capa.action.notOwner");
        refused(() -> capa.completeAction(action, " ", f.handler, f.later(), CapaFixtures.THREE_MONTHS), "capa.action.resultRequired");
        capa.completeAction(action, "已完成", f.handler, f.later(), CapaFixtures.THREE_MONTHS);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.DONE);
        refused(() -> capa.completeAction(action, "again", f.handler, f.later(), CapaFixtures.THREE_MONTHS), "capa.action.alreadyDone");
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.OPEN);
    }

    @Test
    void theLastDoneActionSchedulesTheEffectivenessCheckThreeMonthsLater() {
        CapaAction corrective = f.addCorrective();
        CapaAction prevent = preventive();
        f.finish(corrective);
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.OPEN);
        prevent.attach("plan.pdf", "application/pdf", 10, "ef".repeat(32), "sun", f.later());
        Instant doneAt = f.later();
        capa.completeAction(prevent, "已纳入", f.manager, doneAt, CapaFixtures.THREE_MONTHS);

        assertThat(capa.getStatus()).isEqualTo(CapaStatus.VERIFICATION_PENDING);
        assertThat(capa.getFixedAt()).isEqualTo(doneAt);
        assertThat(capa.getVerificationDue()).isEqualTo(Instant.parse("2025-08-09T03:10:00Z").plus(Duration.between(
                Instant.parse("2025-05-09T03:10:00Z"), doneAt)));
    }

    @Test
    void anActionAddedWhileTheCheckWaitsMeansTheWorkIsNotFinished() {
        f.finish(f.addCorrective());
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.VERIFICATION_PENDING);
        preventive();
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.OPEN);
        assertThat(capa.getVerificationDue()).isNull();
    }

    @Test
    void onlyThePendingCheckIsVerifiedAndOnlyByTheQualityDepartment() {
        refused(() -> capa.verify(true, "ok", f.quality, f.later()), "capa.verify.notPending");
        f.finish(f.addCorrective());
        refused(() -> capa.verify(true, "ok", f.manager, f.later()), "capa.verify.notAllowed");
        refused(() -> capa.verify(true, " ", f.quality, f.later()), "capa.verify.verdictRequired");
        capa.verify(true, "三个月无同类投诉", f.quality, f.later());
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.EFFECTIVE);
        refused(f::addCorrective, "capa.status.closed");
    }

    @Test
    void notEffectiveReopensWithANewRoundAndReturnsTheMeasures() {
        f.completeUpTo(org.vocdesk.capa.entity.Discipline.D8);
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.VERIFICATION_PENDING);
        f.report.verifyEffectiveness(false, "又收到同类投诉 CF2025080003", f.quality, f.later());

        assertThat(capa.getStatus()).isEqualTo(CapaStatus.OPEN);
        assertThat(capa.getRound()).isEqualTo(2);
        assertThat(capa.currentActions()).isEmpty();
        assertThat(capa.getActions()).hasSize(1).allMatch(a -> a.getRound() == 1 && a.isDone());
        assertThat(capa.getVerifications()).singleElement().satisfies(v -> {
            assertThat(v.isEffective()).isFalse();
            assertThat(v.getRound()).isEqualTo(1);
        });
        assertThat(f.report.step(Discipline.D5).isCompleted()).isFalse();
        assertThat(f.report.step(Discipline.D5).getReturnedReason()).contains("CF2025080003");
        assertThat(f.report.step(Discipline.D4).isCompleted()).isTrue();
        assertThat(EightDGates.missing(f.report, Discipline.D5)).containsExactly("capa.gate.correctiveAction");

        CapaAction second = f.addCorrective();
        assertThat(second.getRound()).isEqualTo(2);
        f.finish(second);
        assertThat(capa.getStatus()).isEqualTo(CapaStatus.VERIFICATION_PENDING);
        capa.verify(true, "第二轮有效", f.quality, f.later());
        assertThat(capa.getVerifications()).extracting(Verification::isEffective).containsExactly(false, true);
    }
}
