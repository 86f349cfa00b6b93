package org.vocdesk.notification.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");

    @Test
    void backOffDoublesPerFailedAttemptUpToTheMaximum() {
        Duration base = Duration.ofMinutes(1);
        Duration max = Duration.ofHours(1);
        assertThat(OutboxMail.backOff(1, base, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.backOff(2, base, max)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxMail.backOff(5, base, max)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxMail.backOff(7, base, max)).isEqualTo(max);
        assertThat(OutboxMail.backOff(500, base, max)).isEqualTo(max);
    }

    @Test
    void aFailureKeepsTheMailPendingWithTheErrorAndALaterAttemptThenItIsSentOnce() {
        OutboxMail mail = new OutboxMail(1L, 2L, "a@example.com", "en", new MailContent("s", "t", "<p>h</p>"), NOW);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);

        mail.failed("Connection refused", Duration.ofMinutes(2), NOW);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(120));

        mail.sent(NOW.plusSeconds(200));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getLastError()).isNull();
    }
}
