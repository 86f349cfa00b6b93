package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A step of the 8D report is completed only with its content, in order, by someone responsible. */
class EightDGatesTest {

    final CapaFixtures f = new CapaFixtures();
    final EightDReport report = f.report;

    private void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class).extracting("key").isEqualTo(key);
    }

    @Test
    void everyStepStartsOwnedByTheHandlerWithItsOwnDeadline() {
        assertThat(report.getSteps()).hasSize(8).allMatch(s -> s.getOwner() == f.handlerUser && !s.isCompleted());
        assertThat(report.step(Discipline.D3).getDueAt()).isBefore(report.step(Discipline.D4).getDueAt());
    }

    @Test
    void theTeamNeedsTwoMembersAndALeader() {
        assertThat(EightDGates.missing(report, Discipline.D1)).containsExactly("capa.gate.teamSize", "capa.gate.teamLeader");
        report.describeTeam(f.handler, List.of(new TeamMember("王工", "QE", false), new TeamMember("李工", "PE", false)));
        refused(() -> report.complete(f.handler, Discipline.D1, f.later()), "capa.gate.teamLeader");
        f.fillD1();
        report.complete(f.handler, Discipline.D1, f.later());
        assertThat(report.step(Discipline.D1).getCompletedBy()).isEqualTo("wang");
    }

    @Test
    void stepsAreCompletedInOrder() {
        f.fillD2();
        refused(() -> report.complete(f.handler, Discipline.D2, f.later()), "capa.step.previousOpen");
    }

    @Test
    void theProblemNeedsAllOfFiveWTwoH() {
        f.completeUpTo(Discipline.D1);
        report.describeProblem(f.handler, new ProblemDescription("外壳开裂", "停线", "夜班", "工位3", "检验员", "拧紧时", " "));
        refused(() -> report.complete(f.handler, Discipline.D2, f.later()), "capa.gate.problem");
        f.fillD2();
        report.complete(f.handler, Discipline.D2, f.later());
    }

    @Test
    void containmentNeedsTheSuspectStockSorted() {
        f.completeUpTo(Discipline.D2);
        assertThat(EightDGates.missing(report, Discipline.D3))
                .containsExactly("capa.gate.containmentActions", "capa.gate.suspectStock");
        report.contain(f.handler, "冻结库存", List.of(new SuspectStock("在途", 120, 40, 1)));
        refused(() -> report.complete(f.handler, Discipline.D3, f.later()), "capa.gate.sorting");
        refused(() -> new SuspectStock("在途", 120, 130, 1), "capa.stock.quantitiesInvalid");
        f.fillD3();
        report.complete(f.handler, Discipline.D3, f.later());
    }

    @Test
    void rootCauseNeedsOccurrenceAndEscapeChainsAndAVerifiedCause() {
        f.completeUpTo(Discipline.D3);
        assertThat(EightDGates.missing(report, Discipline.D4))
                .containsExactly("capa.gate.occurrenceChain", "capa.gate.escapeChain", "capa.gate.verifiedCause");
        report.addWhyChain(f.handler, ChainKind.OCCURRENCE, "开裂", List.of("壁厚不足", "模具磨损"));
        FishboneCause operator = report.addCause(f.handler, FiveM.MAN, "新员工操作不当");
        refused(() -> report.judgeCause(f.handler, operator, CauseStatus.RULED_OUT, " "), "capa.cause.evidenceRequired");
        report.judgeCause(f.handler, operator, CauseStatus.RULED_OUT, "培训记录齐全，复测无差异");
        assertThat(EightDGates.missing(report, Discipline.D4)).containsExactly("capa.gate.escapeChain", "capa.gate.verifiedCause");
        f.fillD4();
        assertThat(report.getWhyChains()).extracting(WhyChain::rootCause).contains("模具磨损", "保养周期过长", "控制计划缺少该特性");
        report.complete(f.handler, Discipline.D4, f.later());
    }

    @Test
    void aReviewMeetingMustBeCountersignedByTheAttendingManagersBeforeTheRootCauseIsFinal() {
        f.completeUpTo(Discipline.D3);
        f.fillD4();
        ReviewMeeting meeting = report.recordMeeting(f.quality, f.today(), List.of(f.handlerUser, f.managerUser, f.qualityUser),
                "责任在生产部：模具保养", f.today());
        assertThat(meeting.getAttendees()).filteredOn(MeetingAttendee::isMustSign).hasSize(2);
        refused(() -> report.complete(f.handler, Discipline.D4, f.later()), "capa.gate.meetingUnsigned");
        refused(() -> meeting.countersign("wang", f.later(), null), "capa.meeting.notASigner");
        meeting.countersign("sun", f.later(), null);
        refused(() -> meeting.countersign("sun", f.later(), null), "capa.meeting.alreadySigned");
        meeting.countersign("zhao", f.later(), null);
        assertThat(meeting.isAgreed()).isTrue();
        report.complete(f.handler, Discipline.D4, f.later());
    }

    @Test
    void completedContentCannotChange() {
        f.completeUpTo(Discipline.D2);
        refused(f::fillD2, "capa.step.completed");
        refused(() -> report.complete(f.handler, Discipline.D2, f.later()), "capa.step.completed");
    }

    @Test
    void theAnalysisIsSignedByTheDepartmentManagerThenReviewedByTheQualityManager() {
        f.completeUpTo(Discipline.D4);
        f.addCorrective();
        report.recordPermanentVerification(f.handler, "试产验证");
        refused(() -> report.complete(f.handler, Discipline.D5, f.later()), "capa.gate.analysisApproval");
        refused(() -> report.decide(f.quality, ApprovalSubject.ANALYSIS, ApprovalStage.QUALITY_REVIEW, true, null, null, f.later()),
                "capa.approval.signFirst");
        refused(() -> report.decide(f.otherManager, ApprovalSubject.ANALYSIS, ApprovalStage.DEPARTMENT_SIGN, true, null, null, f.later()),
                "capa.approval.wrongRole");
        refused(() -> report.decide(f.manager, ApprovalSubject.MEASURES, ApprovalStage.DEPARTMENT_SIGN, true, null, null, f.later()),
                "capa.approval.stepOpen");
        f.approve(ApprovalSubject.ANALYSIS);
        report.complete(f.handler, Discipline.D5, f.later());
    }

    @Test
    void aRejectionReturnsTheStepWithItsReasonAndEarlierSignaturesNoLongerCount() {
        f.completeUpTo(Discipline.D4);
        report.decide(f.manager, ApprovalSubject.ANALYSIS, ApprovalStage.DEPARTMENT_SIGN, true, null, null, f.later());
        refused(() -> report.decide(f.quality, ApprovalSubject.ANALYSIS, ApprovalStage.QUALITY_REVIEW, false, "", null, f.later()),
                "capa.approval.reasonRequired");
        report.decide(f.quality, ApprovalSubject.ANALYSIS, ApprovalStage.QUALITY_REVIEW, false, "流出原因不充分", null, f.later());

        EightDStep d4 = report.step(Discipline.D4);
        assertThat(d4.isCompleted()).isFalse();
        assertThat(d4.getReturnedReason()).isEqualTo("流出原因不充分");
        report.addWhyChain(f.handler, ChainKind.ESCAPE, "未检出", List.of("检具精度不足"));
        report.complete(f.handler, Discipline.D4, f.later());
        assertThat(report.isApproved(ApprovalSubject.ANALYSIS, ApprovalStage.DEPARTMENT_SIGN)).isFalse();
        assertThat(report.getApprovals()).hasSize(2);
    }

    @Test
    void implementationNeedsEveryCorrectiveActionDoneAndTheLastStepsTheirContent() {
        f.completeUpTo(Discipline.D5);
        f.approve(ApprovalSubject.MEASURES);
        report.recordImplementationValidation(f.handler, "三批验证");
        refused(() -> report.complete(f.handler, Discipline.D6, f.later()), "capa.gate.correctiveDone");
        f.finish(report.getCapa().currentActions().get(0));
        report.complete(f.handler, Discipline.D6, f.later());
        assertThat(EightDGates.missing(report, Discipline.D7)).containsExactly("capa.gate.documents");
        assertThat(EightDGates.missing(report, Discipline.D8)).containsExactly("capa.gate.recognition");
    }

    @Test
    void allEightStepsCompleteTheReport() {
        f.completeUpTo(Discipline.D8);
        assertThat(report.isComplete()).isTrue();
        assertThat(report.getDocuments()).extracting(DocumentUpdate::getType).containsExactly(DocumentType.FMEA, DocumentType.CONTROL_PLAN);
    }

    @Test
    void theAuditorAndOtherDepartmentsReadButDoNotChange() {
        refused(() -> report.describeTeam(f.auditor, List.of()), "capa.action.notAllowed");
        refused(() -> report.describeTeam(f.otherManager, List.of()), "capa.action.notAllowed");
        refused(() -> f.addCorrectiveAs(f.auditor), "capa.action.notAllowed");
        report.describeTeam(f.manager, List.of());
    }
}
