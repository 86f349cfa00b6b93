package org.vocdesk.complaint.entity;

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

/** The complaint's side of the customer's reply and closure (谁投诉谁关闭): who may do what, in which state. */
class CustomerClosureTest {

    static final Instant RECEIVED = Instant.parse("2025-05-09T02:00:00Z");
    static final Instant NOW = Instant.parse("2025-05-12T03:00:00Z");

    final Actor clerk = new Actor("li", EnumSet.of(Role.CLERK), 2L);
    final Actor qualityManager = new Actor("zhao", EnumSet.of(Role.QUALITY_MANAGER), 3L);
    final Actor generalManager = new Actor("zhou", EnumSet.of(Role.GENERAL_MANAGER), 4L);
    final Actor handler = new Actor("wang", EnumSet.of(Role.HANDLER), 1L);
    final Actor outsider = new Actor("sun", EnumSet.of(Role.HANDLER), 2L);

    @Test
    void theFirstRecordedReplyIsTheFirstReplyAndLaterOnesDoNotMoveIt() throws Exception {
        Complaint complaint = awaitingConfirmation();
        complaint.noteCustomerReply(clerk, RECEIVED.plusSeconds(3600), "[PHONE] called back", NOW);
        complaint.noteCustomerReply(clerk, NOW, "[EMAIL] result", NOW);
        assertThat(complaint.getFirstRepliedAt()).isEqualTo(RECEIVED.plusSeconds(3600));
        assertThat(complaint.getEvents()).filteredOn(e -> e.getKind() == ComplaintEvent.Kind.CUSTOMER_REPLY).hasSize(2);
    }

    @Test
    void onlyClerksManagersAndTheResponsibleDepartmentReply() throws Exception {
        Complaint complaint = awaitingConfirmation();
        complaint.noteCustomerReply(handler, NOW, "x", NOW);
        assertThatThrownBy(() -> complaint.noteCustomerReply(outsider, NOW, "x", NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("complaint.action.notAllowed");
    }

    @Test
    void theCustomerClosesOnlyWhatAwaitsTheirConfirmation() throws Exception {
        Complaint complaint = awaitingConfirmation();
        complaint.closeByCustomer("all good", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.getClosedAt()).isEqualTo(NOW);
        ComplaintEvent last = complaint.getEvents().get(complaint.getEvents().size() - 1);
        assertThat(last.getActor()).isEqualTo(Complaint.CUSTOMER);
        assertThat(last.getKind()).isEqualTo(ComplaintEvent.Kind.CLOSED);
        assertThatThrownBy(() -> complaint.closeByCustomer("again", NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("complaint.action.wrongStatus");
    }

    @Test
    void notResolvedReopensWithTheCustomersWordsAndStartsANewRound() throws Exception {
        Complaint complaint = awaitingConfirmation();
        assertThat(complaint.closureRound()).isEqualTo(1);
        complaint.reopenByCustomer("still leaking", NOW);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(complaint.getEvents().get(complaint.getEvents().size() - 1).getComment()).isEqualTo("still leaking");
        assertThat(complaint.closureRound()).isEqualTo(2);
    }

    @Test
    void anInvalidComplaintsExplanationIsAcceptedOrDisputed() {
        Complaint accepted = complaint(Set.of());
        accepted.triageAsInvalid(qualityManager, "damaged by the carrier", NOW);
        accepted.noteExplanationAccepted(null, NOW);
        assertThat(accepted.getStatus()).isEqualTo(ComplaintStatus.CLOSED_INVALID);
        Complaint disputed = complaint(Set.of());
        disputed.triageAsInvalid(qualityManager, "damaged by the carrier", NOW);
        disputed.reopenByCustomer("the box was intact", NOW);
        assertThat(disputed.getStatus()).isEqualTo(ComplaintStatus.REOPENED);
    }

    @Test
    void onlyTheGeneralManagerApprovesAndOnlyAResolutionWaitingForConfirmation() throws Exception {
        Complaint complaint = awaitingConfirmation();
        assertThatThrownBy(() -> complaint.noteClosureApproved(qualityManager, NOW)).isInstanceOf(BusinessException.class);
        complaint.noteClosureApproved(generalManager, NOW);
        complaint.closeByCustomer(null, NOW);
        assertThatThrownBy(() -> complaint.noteClosureApproved(generalManager, NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("complaint.action.wrongStatus");
    }

    private Complaint awaitingConfirmation() throws Exception {
        Department production = withId(new Department("PROD", "生产部"), 1L);
        AppUser wang = new AppUser("wang", "王工", null, "hash");
        wang.assignTo(production);
        Complaint complaint = complaint(Set.of(MajorReason.BATCH));
        complaint.triageAsValid(qualityManager, Urgency.MEDIUM, Set.of(MajorReason.BATCH), production, wang, null, NOW);
        complaint.startInvestigation(handler, null, NOW);
        complaint.requestConfirmation(handler, "replaced 12 housings", NOW);
        return complaint;
    }

    private static Complaint complaint(Set<MajorReason> reasons) {
        Category category = new Category("PRODUCT_QUALITY", "Product quality", "产品质量", 10);
        IntakeDetails details = new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT, 1L, null, false, "Li", null, "li@example.com",
                "Housing H-200", null, "B2405", 12, "外壳开裂 cracked housing", null, Urgency.HIGH, RECEIVED, reasons);
        Complaint complaint = new Complaint("CF2025050001", details, category, null, "li", NOW);
        complaint.planDeadlines("CN", RECEIVED.plusSeconds(3600 * 48), RECEIVED.plusSeconds(3600 * 72), "li", NOW);
        return complaint;
    }

    private static <T> T withId(T entity, Long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
