package org.vocdesk.complaint.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintLifecycleTest {

    static final Instant RECEIVED = Instant.parse("2025-05-09T02:00:00Z");
    static final Instant NOW = Instant.parse("2025-05-09T03:00:00Z");

    Category category;
    Department production;
    Department sales;
    AppUser handler;
    Actor clerk;
    Actor qualityManager;
    Actor handlerActor;
    Actor auditor;
    Actor otherManager;

    @BeforeEach
    void setUp() throws Exception {
        category = new Category("PRODUCT_QUALITY", "Product quality", "产品质量", 10);
        production = withId(new Department("PROD", "生产部"), 1L);
        sales = withId(new Department("SALES", "市场部"), 2L);
        handler = new AppUser("wang", "王工", null, "hash");
        handler.assignTo(production);
        clerk = new Actor("li", EnumSet.of(Role.CLERK), 2L);
        qualityManager = new Actor("zhao", EnumSet.of(Role.QUALITY_MANAGER), 3L);
        handlerActor = new Actor("wang", EnumSet.of(Role.HANDLER), 1L);
        auditor = new Actor("audit", EnumSet.of(Role.AUDITOR), null);
        otherManager = new Actor("sun", EnumSet.of(Role.DEPARTMENT_MANAGER), 2L);
    }

    @Test
    void newFeedbackIsReceivedWithItsRecordingInTheTimeline() {
        Complaint complaint = complaint(Set.of());
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.getEvents()).extracting(ComplaintEvent::getKind).containsExactly(ComplaintEvent.Kind.RECORDED);
        assertThat(complaint.isMajor()).isFalse();
        assertThat(complaint.effectivePriority()).isEqualTo(Urgency.HIGH);
    }

    @Test
    void majorReasonsFlagTheComplaint() {
        Complaint complaint = complaint(Set.of(MajorReason.PRODUCTION_STOP, MajorReason.BATCH));
        assertThat(complaint.isMajor()).isTrue();
        assertThat(complaint.getMajorReasons()).containsExactlyInAnyOrder(MajorReason.PRODUCTION_STOP, MajorReason.BATCH);
    }

    @Test
    void aComplaintWaitsForOneNumberAndIsNumberedOnce() {
        Complaint waiting = new Complaint(null, details(RECEIVED, "words", false, "Li", Set.of()), category, null, "li", NOW);
        waiting.awaitNumber("CF202505");
        assertThat(waiting.getNumberPrefix()).isEqualTo("CF202505");
        waiting.assignNumber("CF2025050007");
        assertThat(waiting.getNumber()).isEqualTo("CF2025050007");
        assertThat(waiting.getNumberPrefix()).as("no longer waiting").isNull();
        assertThatThrownBy(() -> waiting.assignNumber("CF2025050008")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> complaint(Set.of()).awaitNumber("CF202505")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void receivedInTheFutureIsRefused() {
        IntakeDetails future = details(NOW.plusSeconds(3600), "words", false, "Li", Set.of());
        assertThatThrownBy(() -> new Complaint("CF2025050001", future, category, null, "li", NOW))
                .isInstanceOf(BusinessException.class).extracting("key").isEqualTo("complaint.intake.receivedInFuture");
    }

    @Test
    void namelessFeedbackMustBeMarkedAnonymous() {
        IntakeDetails nameless = details(RECEIVED, "words", false, null, Set.of());
        assertThatThrownBy(() -> new Complaint("CF2025050001", nameless, category, null, "li", NOW))
                .isInstanceOf(BusinessException.class).extracting("key").isEqualTo("complaint.intake.customerOrContactRequired");
        Complaint anonymous = new Complaint("CF2025050001", details(RECEIVED, "words", true, "ignored", Set.of()), category, null, "li", NOW);
        assertThat(anonymous.isAnonymous()).isTrue();
        assertThat(anonymous.getContactName()).isNull();
    }

    @Test
    void wholeLifecycleFromTriageToClosureAndReopening() {
        Complaint complaint = complaint(Set.of());
        complaint.triageAsValid(qualityManager, Urgency.MEDIUM, Set.of(), production, handler, "assign to production", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.TRIAGED);
        assertThat(complaint.getValidity()).isEqualTo(Validity.VALID);
        assertThat(complaint.effectivePriority()).isEqualTo(Urgency.MEDIUM);

        complaint.recordFirstReply(clerk, NOW, "we are looking into it", NOW);
        complaint.startInvestigation(handlerActor, "5-why started", NOW);
        complaint.requestConfirmation(handlerActor, "sorted the batch, replaced 12 housings", NOW);
        complaint.close(qualityManager, "customer confirmed by phone", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.getClosedAt()).isEqualTo(NOW);

        complaint.reopen(qualityManager, "problem came back", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(complaint.getClosedAt()).isNull();
        assertThat(complaint.getEvents()).extracting(ComplaintEvent::getKind).containsExactly(
                ComplaintEvent.Kind.RECORDED, ComplaintEvent.Kind.TRIAGED, ComplaintEvent.Kind.FIRST_REPLY,
                ComplaintEvent.Kind.INVESTIGATION_STARTED, ComplaintEvent.Kind.CONFIRMATION_REQUESTED,
                ComplaintEvent.Kind.CLOSED, ComplaintEvent.Kind.REOPENED);
        assertThat(complaint.getEvents()).extracting(ComplaintEvent::getActor)
                .containsExactly("li", "zhao", "li", "wang", "wang", "zhao", "zhao");
    }

    @Test
    void notValidClosesWithTheExplanation() {
        Complaint complaint = complaint(Set.of());
        assertThatThrownBy(() -> complaint.triageAsInvalid(qualityManager, " ", NOW))
                .extracting("key").isEqualTo("complaint.triage.invalidReasonRequired");
        complaint.triageAsInvalid(qualityManager, "damaged by the carrier", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED_INVALID);
        assertThat(complaint.getInvalidReason()).isEqualTo("damaged by the carrier");
        assertThat(complaint.isOverdue(NOW.plusSeconds(86_400 * 30))).isFalse();
        assertThat(complaint.lateFrom()).as("closed complaints are never late").isNull();
    }

    @Test
    void onlyTheQualityDepartmentTriages() {
        Complaint complaint = complaint(Set.of());
        for (Actor actor : new Actor[]{clerk, handlerActor, auditor, otherManager}) {
            assertThatThrownBy(() -> complaint.triageAsValid(actor, Urgency.LOW, Set.of(), production, null, null, NOW))
                    .extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
        }
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void triageNeedsPriorityDepartmentAndAHandlerOfThatDepartment() {
        Complaint complaint = complaint(Set.of());
        assertThatThrownBy(() -> complaint.triageAsValid(qualityManager, null, Set.of(), production, null, null, NOW))
                .extracting("key").isEqualTo("complaint.triage.priorityRequired");
        assertThatThrownBy(() -> complaint.triageAsValid(qualityManager, Urgency.LOW, Set.of(), null, null, null, NOW))
                .extracting("key").isEqualTo("complaint.triage.departmentRequired");
        assertThatThrownBy(() -> complaint.triageAsValid(qualityManager, Urgency.LOW, Set.of(), sales, handler, null, NOW))
                .extracting("key").isEqualTo("complaint.triage.handlerNotInDepartment");
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.getEvents()).hasSize(1);
    }

    @Test
    void investigationIsForTheResponsibleDepartmentOnly() {
        Complaint complaint = complaint(Set.of());
        complaint.triageAsValid(qualityManager, Urgency.LOW, Set.of(), production, handler, null, NOW);
        assertThatThrownBy(() -> complaint.startInvestigation(otherManager, null, NOW))
                .extracting("key").isEqualTo("complaint.action.notAllowed");
        Actor productionManager = new Actor("zhou", EnumSet.of(Role.DEPARTMENT_MANAGER), 1L);
        complaint.startInvestigation(productionManager, null, NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.INVESTIGATING);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheCurrentStatus() {
        Complaint complaint = complaint(Set.of());
        assertThatThrownBy(() -> complaint.close(qualityManager, "ok", NOW))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException b = (BusinessException) e;
                    assertThat(b.key()).isEqualTo("complaint.action.wrongStatus");
                    assertThat(b.arguments()).containsExactly(ComplaintStatus.RECEIVED);
                });
        assertThatThrownBy(() -> complaint.requestConfirmation(qualityManager, "done", NOW))
                .extracting("key").isEqualTo("complaint.action.wrongStatus");
    }

    @Test
    void theFirstReplyIsRecordedOnceAndNotBeforeReceipt() {
        Complaint complaint = complaint(Set.of());
        assertThatThrownBy(() -> complaint.recordFirstReply(clerk, RECEIVED.minusSeconds(60), "x", NOW))
                .extracting("key").isEqualTo("complaint.reply.timeInvalid");
        assertThatThrownBy(() -> complaint.recordFirstReply(auditor, NOW, "x", NOW))
                .extracting("key").isEqualTo("complaint.action.notAllowed");
        complaint.recordFirstReply(clerk, NOW, "called back", NOW);
        assertThatThrownBy(() -> complaint.recordFirstReply(clerk, NOW, "again", NOW))
                .extracting("key").isEqualTo("complaint.reply.alreadyRecorded");
        assertThat(complaint.getFirstRepliedAt()).isEqualTo(NOW);
    }

    @Test
    void overdueWhenTheResponseOrAnUnsentFirstReplyIsLate() {
        Complaint complaint = complaint(Set.of());
        Instant firstReplyDue = RECEIVED.plusSeconds(3600 * 48);
        Instant responseDue = RECEIVED.plusSeconds(3600 * 96);
        complaint.planDeadlines("CN", firstReplyDue, responseDue, "li", NOW);
        assertThat(complaint.isOverdue(firstReplyDue)).isFalse();
        assertThat(complaint.isOverdue(firstReplyDue.plusSeconds(1))).isTrue();
        assertThat(complaint.lateFrom()).isEqualTo(firstReplyDue);
        complaint.recordFirstReply(clerk, NOW, "called", NOW);
        assertThat(complaint.lateFrom()).isEqualTo(responseDue);
        assertThat(complaint.isOverdue(firstReplyDue.plusSeconds(1))).isFalse();
        assertThat(complaint.isOverdue(responseDue.plusSeconds(1))).isTrue();
    }

    @Test
    void movedDeadlinesAreLoggedButTheFirstPlanIsNot() {
        Complaint complaint = complaint(Set.of());
        complaint.planDeadlines("CN", RECEIVED.plusSeconds(3600 * 48), RECEIVED.plusSeconds(3600 * 72), "li", NOW);
        assertThat(complaint.getEvents()).hasSize(1);
        complaint.planDeadlines("CN", NOW, NOW.plusSeconds(20), "zhao", NOW);
        assertThat(complaint.getEvents()).extracting(ComplaintEvent::getKind).last().isEqualTo(ComplaintEvent.Kind.DEADLINES_RECOMPUTED);
    }

    private Complaint complaint(Set<MajorReason> reasons) {
        Complaint complaint = new Complaint("CF2025050001", details(RECEIVED, "外壳开裂 cracked housing", false, "Li", reasons),
                category, null, "li", NOW);
        complaint.planDeadlines("CN", RECEIVED.plusSeconds(3600 * 48), RECEIVED.plusSeconds(3600 * 72), "li", NOW);
        return complaint;
    }

    private static IntakeDetails details(Instant received, String words, boolean anonymous, String contact, Set<MajorReason> reasons) {
        return new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT, 1L, null, anonymous, contact, null, null,
                "Housing H-200", null, "B2405", 12, words, null, Urgency.HIGH, received, reasons);
    }

    private static <T> T withId(T entity, Long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
