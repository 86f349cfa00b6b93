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

/** Waiting on the customer: who may stop the clock, when, and that the complaint moving again restarts it. */
class CustomerWaitTest {

    static final Instant NOW = Instant.parse("2025-05-09T03:00:00Z");
    static final Actor QUALITY_MANAGER = new Actor("zhao", EnumSet.of(Role.QUALITY_MANAGER), 3L);
    static final Actor HANDLER = new Actor("wang", EnumSet.of(Role.HANDLER), 1L);
    static final Actor CLERK = new Actor("li", EnumSet.of(Role.CLERK), 2L);

    @Test
    void theHandlerStopsAndRestartsTheClockAndBothAreInTheTimeline() throws Exception {
        Complaint complaint = investigating();
        complaint.waitForCustomer(HANDLER, "  需要客户寄回样品 sample needed ", NOW);
        assertThat(complaint.isWaitingOnCustomer()).isTrue();
        assertThat(complaint.pauses()).containsExactly(new Pause(NOW, null));

        complaint.endCustomerWait(HANDLER, "sample received", NOW.plusSeconds(7200));
        assertThat(complaint.isWaitingOnCustomer()).isFalse();
        assertThat(complaint.pauses()).containsExactly(new Pause(NOW, NOW.plusSeconds(7200)));
        assertThat(complaint.getEvents()).extracting(ComplaintEvent::getKind).endsWith(
                ComplaintEvent.Kind.WAITING_ON_CUSTOMER, ComplaintEvent.Kind.CUSTOMER_WAIT_ENDED);
        assertThat(complaint.getEvents().get(complaint.getEvents().size() - 2).getComment()).isEqualTo("需要客户寄回样品 sample needed");
    }

    @Test
    void theNextStepOfTheComplaintEndsTheWait() throws Exception {
        Complaint complaint = investigating();
        complaint.waitForCustomer(HANDLER, "photos requested", NOW);
        complaint.requestConfirmation(HANDLER, "housing replaced", NOW.plusSeconds(60));
        assertThat(complaint.isWaitingOnCustomer()).isFalse();
        assertThat(complaint.pauses()).containsExactly(new Pause(NOW, NOW.plusSeconds(60)));
    }

    @Test
    void aWaitNeedsAReasonAndCannotBeStartedTwiceOrEndedWhenNotWaiting() throws Exception {
        Complaint complaint = investigating();
        assertThatThrownBy(() -> complaint.waitForCustomer(HANDLER, " ", NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.wait.reasonRequired"));
        assertThatThrownBy(() -> complaint.endCustomerWait(HANDLER, null, NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.wait.notWaiting"));
        complaint.waitForCustomer(HANDLER, "photos", NOW);
        assertThatThrownBy(() -> complaint.waitForCustomer(QUALITY_MANAGER, "again", NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.wait.already"));
        assertThat(complaint.pauses()).hasSize(1);
    }

    @Test
    void onlyTheResponsibleOrTheQualityDepartmentStopTheClockAndNotOnAClosedComplaint() throws Exception {
        Complaint complaint = investigating();
        assertThatThrownBy(() -> complaint.waitForCustomer(CLERK, "photos", NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.action.notAllowed"));
        complaint.requestConfirmation(HANDLER, "done", NOW);
        assertThatThrownBy(() -> complaint.waitForCustomer(QUALITY_MANAGER, "photos", NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.action.wrongStatus"));
        assertThat(complaint.pauses()).isEmpty();
    }

    private static Complaint investigating() throws ReflectiveOperationException {
        Department production = new Department("PROD", "生产部");
        Field id = Department.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(production, 1L);
        AppUser handler = new AppUser("wang", "王工", null, "hash");
        handler.assignTo(production);
        Complaint complaint = new Complaint("CF2025050001", new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT, 1L, null,
                false, "Li", null, null, "Housing H-200", null, "B2405", 12, "cracked", null, Urgency.HIGH,
                NOW.minusSeconds(3600), Set.of()), new Category("PRODUCT_QUALITY", "Product quality", "产品质量", 10), null, "li", NOW);
        complaint.planDeadlines("CN", NOW.plusSeconds(3600 * 48), NOW.plusSeconds(3600 * 72), "li", NOW);
        complaint.triageAsValid(QUALITY_MANAGER, Urgency.HIGH, Set.of(), production, handler, null, NOW);
        complaint.startInvestigation(HANDLER, null, NOW);
        return complaint;
    }
}
