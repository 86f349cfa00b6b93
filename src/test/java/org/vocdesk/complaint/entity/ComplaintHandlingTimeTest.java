package org.vocdesk.complaint.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.CalendarFixtures;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;

/**
 * The handling time stored at closure for the KPIs: working time only, across evenings, weekends, lunch breaks
 * and public holidays (08:30-12:00, 13:00-17:30), and gone again when the complaint is reopened.
 */
class ComplaintHandlingTimeTest {

    private static final WorkingCalendar CHINA = CalendarFixtures.china();
    private final Actor quality = new Actor("zhao", EnumSet.of(Role.QUALITY_MANAGER), 3L);

    @Test
    void fridayEveningToMondayMorningCountsOnlyWorkingTime() throws Exception {
        Complaint complaint = closed(at("2025-05-09T17:00"), at("2025-05-12T09:30"));
        assertThat(complaint.getHandlingSeconds()).isEqualTo(30 * 60 + 60 * 60);
    }

    @Test
    void theLabourDayHolidayAndTheLunchBreakDoNotCount() throws Exception {
        assertThat(closed(at("2025-04-30T17:00"), at("2025-05-06T09:00")).getHandlingSeconds()).isEqualTo(3600);
        assertThat(closed(at("2025-05-07T12:10"), at("2025-05-07T13:00")).getHandlingSeconds()).isZero();
        assertThat(closed(at("2025-05-07T08:30"), at("2025-05-07T17:30")).getHandlingSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void reopeningForgetsTheMeasuredTime() throws Exception {
        Complaint complaint = closed(at("2025-05-07T08:30"), at("2025-05-07T09:30"));
        complaint.reopen(quality, "came back", at("2025-05-08T09:00"));
        complaint.storeLateFrom();
        assertThat(complaint.getHandlingSeconds()).isNull();
        complaint.measureHandlingTime(CHINA);
        assertThat(complaint.getHandlingSeconds()).isNull();
    }

    private Complaint closed(Instant received, Instant closedAt) throws Exception {
        Department production = new Department("PROD", "生产部");
        Field id = Department.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(production, 1L);
        AppUser handler = new AppUser("wang", "王工", null, "hash");
        handler.assignTo(production);
        Actor handlerActor = new Actor("wang", EnumSet.of(Role.HANDLER), 1L);
        IntakeDetails details = new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT, 1L, null, false, "Li", null, null,
                null, null, null, null, "外壳开裂", null, Urgency.HIGH, received, Set.of());
        Complaint complaint = new Complaint("CF1", details, new Category("PQ", "Product quality", "产品质量", 10), null, "li", received);
        complaint.planDeadlines("CN", received.plusSeconds(3600), received.plusSeconds(7200), "li", received);
        complaint.triageAsValid(quality, Urgency.HIGH, Set.of(), production, handler, null, received);
        complaint.startInvestigation(handlerActor, null, received);
        complaint.requestConfirmation(handlerActor, "replaced", received);
        complaint.close(quality, "confirmed by phone", closedAt);
        complaint.measureHandlingTime(CHINA);
        return complaint;
    }
}
