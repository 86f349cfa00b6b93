package org.vocdesk.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.survey.entity.ScoreBands;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The configurable parts of the survey rules (MicroProfile Config, overridable by environment variables). */
@ApplicationScoped
public class SurveySettings {

    @Inject
    @ConfigProperty(name = "vocdesk.survey.bands", defaultValue = "95,90,80")
    String bands;

    @Inject
    @ConfigProperty(name = "vocdesk.survey.action-days", defaultValue = "20")
    int actionDays;

    @Inject
    @ConfigProperty(name = "vocdesk.survey.reply-days", defaultValue = "5")
    int replyDays;

    @Inject
    @ConfigProperty(name = "vocdesk.survey.remind-days-before", defaultValue = "7")
    int remindDaysBefore;

    @Inject
    @ConfigProperty(name = "vocdesk.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public ScoreBands bands() {
        return ScoreBands.parse(bands);
    }

    /**
     * Time the department has for the improvement action, and for the reply to the customer, in working days of
     * the default working calendar (weekends and PRC holidays do not count, adjusted working Saturdays do).
     */
    public WorkDuration actionTime() {
        return WorkDuration.ofDays(actionDays);
    }

    public WorkDuration replyTime() {
        return WorkDuration.ofDays(replyDays);
    }

    /** When the improvement action opened now is due: so many working days later on the calendar. */
    public Instant actionDue(WorkingCalendar calendar, Instant now) {
        return calendar.plus(now, actionTime());
    }

    public Instant replyDue(WorkingCalendar calendar, Instant now) {
        return calendar.plus(now, replyTime());
    }

    public Duration remindBefore() {
        return Duration.ofDays(remindDaysBefore);
    }

    public String link(String token) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/public/survey.xhtml?t=" + token;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
