package org.vocdesk.survey.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.control.Messages;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyMailsTest {

    @Test
    void invitationAndReminderAreInTheCustomersLanguageWithThePersonalLink() {
        var zh = SurveyMails.invitation(Messages.CHINESE, false, "华东机械", "2026 年度调查", "2026-12-31 00:00", "http://x/public/survey.xhtml?t=abc");
        assertThat(zh.subject()).isEqualTo("顾客满意度调查:2026 年度调查");
        assertThat(zh.text()).contains("尊敬的 华东机械").contains("http://x/public/survey.xhtml?t=abc").contains("2026-12-31");
        assertThat(zh.html()).contains("href=\"http://x/public/survey.xhtml?t=abc\"").contains("填写调查表");

        var en = SurveyMails.invitation(Messages.ENGLISH, true, "A<B", "2026", "2026-12-31 00:00", "http://x/s?t=1&u=2");
        assertThat(en.subject()).isEqualTo("Reminder: customer satisfaction survey 2026");
        assertThat(en.html()).contains("A&lt;B").contains("t=1&amp;u=2").doesNotContain("A<B");
    }
}
