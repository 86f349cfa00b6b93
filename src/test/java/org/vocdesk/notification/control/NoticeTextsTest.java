package org.vocdesk.notification.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.notification.entity.MailContent;
import org.vocdesk.platform.control.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice and mail texts in both languages, with the deadline in the configured zone. */
class NoticeTextsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant DEADLINE = Instant.parse("2025-03-05T09:00:00Z");

    @Test
    void theReasonNamesTheRecordTheDeadlineAndTheLevelInTheReadersLanguage() {
        assertThat(NoticeTexts.reason(Messages.ENGLISH, "escalation.reason.breach", "CF2503000001", "FIRST_REPLY",
                "DEPARTMENT_MANAGER", DEADLINE, SHANGHAI))
                .isEqualTo("CF2503000001: the first reply deadline (2025-03-05 17:00) has passed; escalated to you as department manager.");
        assertThat(NoticeTexts.reason(Messages.CHINESE, "escalation.reason.breach", "CF2503000001", "FIRST_REPLY",
                "DEPARTMENT_MANAGER", DEADLINE, SHANGHAI))
                .isEqualTo("CF2503000001:首次答复期限(2025-03-05 17:00)已超期,作为部门经理升级给您。");
    }

    @Test
    void latenessInDaysHoursOrMinutes() {
        assertThat(NoticeTexts.lateness(Messages.ENGLISH, Duration.ofHours(50))).isEqualTo("2 d 2 h late");
        assertThat(NoticeTexts.lateness(Messages.CHINESE, Duration.ofMinutes(90))).isEqualTo("已超期 1 小时 30 分钟");
        assertThat(NoticeTexts.lateness(Messages.ENGLISH, Duration.ofSeconds(20))).isEqualTo("1 min late");
        assertThat(NoticeTexts.lateness(Messages.ENGLISH, Duration.ZERO)).isEmpty();
    }

    @Test
    void theMailHasTextAndEscapedHtmlWithTheLink() {
        MailContent mail = NoticeTexts.mail(Messages.ENGLISH, "A <b> & reason", "CF1", "2025-03-05 17:00",
                "http://desk.example.com/app/complaints/view.xhtml?id=7");
        assertThat(mail.subject()).contains("CF1");
        assertThat(mail.text()).contains("A <b> & reason", "2025-03-05 17:00", "http://desk.example.com/app/complaints/view.xhtml?id=7");
        assertThat(mail.html()).contains("A &lt;b&gt; &amp; reason", "href=\"http://desk.example.com/app/complaints/view.xhtml?id=7\"");
    }
}
