package org.vocdesk.complaint.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.CalendarFixtures;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;

/** What supervisors do with an escalated complaint: reassign, take over, extend a deadline. */
class ComplaintSupervisionTest {

    static final Instant NOW = at("2025-03-05T10:00");
    final WorkingCalendar calendar = CalendarFixtures.china();

    Department production;
    Department quality;
    AppUser productionManager;
    AppUser wang;
    AppUser chen;
    AppUser zhao;
    Complaint complaint;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        production = new Department("PROD", "生产部");
        quality = new Department("QA", "品管部");
        var id = Department.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(production, 1L);
        id.set(quality, 2L);
        productionManager = new AppUser("sun", "孙经理", null, "hash");
        production.appointManager(productionManager);
        wang = new AppUser("wang", "王工", null, "hash");
        wang.assignTo(production);
        chen = new AppUser("chen", "陈工", null, "hash");
        chen.assignTo(production);
        zhao = new AppUser("zhao", "赵经理", null, "hash");
        zhao.assignTo(quality);
        IntakeDetails details = new IntakeDetails(Channel.EMAIL, FeedbackType.COMPLAINT, 1L, null, false, "Li", null, null,
                "Pump P-7", null, null, null, "漏水 leaking", null, Urgency.MEDIUM, at("2025-03-03T09:00"), Set.of());
        complaint = new Complaint("CF2025030007", details, new Category("LEAK", "Leak", "泄漏", 10), null, "li", at("2025-03-03T09:00"));
        complaint.planDeadlines("CN", at("2025-03-04T09:00"), at("2025-03-06T17:00"), "li", at("2025-03-03T09:00"));
        complaint.triageAsValid(actor("zhao", Role.QUALITY_MANAGER, 2L), Urgency.MEDIUM, Set.of(), production, wang, null, NOW);
    }

    static Actor actor(String username, Role role, Long departmentId) {
        return new Actor(username, EnumSet.of(role), departmentId);
    }

    @Test
    void theManagerOfTheDepartmentReassignsWithinItButNotElsewhere() {
        Actor manager = actor("sun", Role.DEPARTMENT_MANAGER, null);
        assertThatThrownBy(() -> complaint.reassign(manager, quality, zhao, "to QA", NOW))
                .extracting("key").isEqualTo("complaint.reassign.ownDepartmentOnly");
        complaint.reassign(manager, production, chen, "陈工跟进", NOW);
        assertThat(complaint.getHandler()).isSameAs(chen);
        assertThatThrownBy(() -> complaint.reassign(actor("li", Role.DEPARTMENT_MANAGER, 9L), production, wang, null, NOW))
                .extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
    }

    @Test
    void aManagerTakingOverKeepsTheDepartmentAQualityManagerMovesItToTheirs() {
        complaint.takeOver(actor("sun", Role.DEPARTMENT_MANAGER, null), productionManager, "我来", NOW);
        assertThat(complaint.getHandler()).isSameAs(productionManager);
        assertThat(complaint.getDepartment()).isSameAs(production);
        assertThatThrownBy(() -> complaint.takeOver(actor("sun", Role.DEPARTMENT_MANAGER, null), productionManager, null, NOW))
                .extracting("key").isEqualTo("complaint.takeOver.alreadyHandler");

        complaint.takeOver(actor("zhao", Role.QUALITY_MANAGER, 2L), zhao, null, NOW);
        assertThat(complaint.getDepartment()).isSameAs(quality);
        assertThat(complaint.getEvents()).extracting(ComplaintEvent::getKind).endsWith(ComplaintEvent.Kind.TAKEN_OVER, ComplaintEvent.Kind.TAKEN_OVER);

        AppUser nowhere = new AppUser("gm", "总经理", null, "hash");
        assertThatThrownBy(() -> complaint.takeOver(actor("gm", Role.GENERAL_MANAGER, null), nowhere, null, NOW))
                .extracting("key").isEqualTo("complaint.takeOver.noDepartment");
        assertThatThrownBy(() -> complaint.takeOver(actor("wang", Role.HANDLER, 1L), wang, null, NOW))
                .extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
    }

    @Test
    void anExtensionAddsWorkingTimeRecordsBothDeadlinesAndSurvivesRecomputation() {
        complaint.extendDeadline(actor("zhao", Role.QUALITY_MANAGER, 2L), "RESPONSE", WorkDuration.ofDays(2), calendar, "等客户样品", NOW);
        // Thursday 17:00 + 2 working days = Monday 17:00
        assertThat(complaint.getResponseDue()).isEqualTo(at("2025-03-10T17:00"));
        assertThat(complaint.getEvents()).last().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(ComplaintEvent.Kind.DEADLINE_EXTENDED);
            assertThat(e.getComment()).isEqualTo("RESPONSE 2025-03-06 17:00 → 2025-03-10 17:00: 等客户样品");
        });
        // the category's deadlines computed again (e.g. its durations changed) do not undo the extension
        complaint.planDeadlines("CN", at("2025-03-04T09:00"), at("2025-03-06T17:00"), "system", NOW);
        assertThat(complaint.getResponseDue()).isEqualTo(at("2025-03-10T17:00"));
        complaint.planDeadlines("CN", at("2025-03-04T09:00"), at("2025-03-12T17:00"), "system", NOW);
        assertThat(complaint.getResponseDue()).isEqualTo(at("2025-03-12T17:00"));
    }

    @Test
    void anExtensionNeedsAReasonAnAmountAnOpenDeadlineAndASupervisor() {
        Actor qm = actor("zhao", Role.QUALITY_MANAGER, 2L);
        assertThatThrownBy(() -> complaint.extendDeadline(qm, "RESPONSE", WorkDuration.ofDays(1), calendar, " ", NOW))
                .extracting("key").isEqualTo("complaint.extension.reasonRequired");
        assertThatThrownBy(() -> complaint.extendDeadline(qm, "RESPONSE", WorkDuration.ZERO, calendar, "why", NOW))
                .extracting("key").isEqualTo("complaint.extension.durationRequired");
        assertThatThrownBy(() -> complaint.extendDeadline(qm, "MAJOR_COMPLAINT", WorkDuration.ofDays(1), calendar, "why", NOW))
                .extracting("key").isEqualTo("complaint.extension.noSuchDeadline");
        assertThatThrownBy(() -> complaint.extendDeadline(actor("audit", Role.AUDITOR, null), "RESPONSE", WorkDuration.ofDays(1), calendar, "why", NOW))
                .extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
        complaint.recordFirstReply(qm, NOW, "called", NOW);
        assertThatThrownBy(() -> complaint.extendDeadline(qm, "FIRST_REPLY", WorkDuration.ofDays(1), calendar, "why", NOW))
                .extracting("key").isEqualTo("complaint.extension.firstReplyGiven");
        assertThat(complaint.getResponseDue()).isEqualTo(at("2025-03-06T17:00"));
    }
}
