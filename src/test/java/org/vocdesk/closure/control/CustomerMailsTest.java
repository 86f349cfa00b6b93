package org.vocdesk.closure.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.notification.entity.MailContent;
import org.vocdesk.platform.control.Messages;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerMailsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aReplyAskingTheCustomerCarriesTheLinkAndItsExpiryInTheirLanguage() {
        MailContent zh = CustomerMails.reply(Messages.CHINESE, "关于 CF1", "我们已更换外壳 <b>", "https://x/public/confirm.xhtml?token=abc",
                Instant.parse("2025-06-15T02:00:00Z"), SHANGHAI);
        assertThat(zh.subject()).isEqualTo("关于 CF1");
        assertThat(zh.text()).contains("我们已更换外壳 <b>", "https://x/public/confirm.xhtml?token=abc", "2025-06-15 10:00", "只能使用一次");
        assertThat(zh.html()).contains("我们已更换外壳 &lt;b&gt;", "href=\"https://x/public/confirm.xhtml?token=abc\"").doesNotContain("<b>");

        MailContent en = CustomerMails.reply(Messages.ENGLISH, "About CF1", "Replaced", "https://x/l", Instant.parse("2025-06-15T02:00:00Z"), SHANGHAI);
        assertThat(en.text()).contains("works once, until 2025-06-15 10:00");
    }

    @Test
    void aPlainReplyHasNoLink() {
        MailContent mail = CustomerMails.reply(Messages.ENGLISH, "Thanks", "Thank you", null, null, SHANGHAI);
        assertThat(mail.text()).startsWith("Thank you").doesNotContain("http");
        assertThat(mail.html()).doesNotContain("href");
    }
}
