package org.vocdesk.publicfeedback.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.publicfeedback.entity.FeedbackForm;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.publicfeedback.control.SpamGuard.Verdict.*;

class SpamGuardTest {

    private static final Instant RENDERED = Instant.parse("2025-11-20T02:00:00Z");
    private final SpamGuard guard = new SpamGuard(3);

    @Test
    void aPersonWhoTookTheirTimeIsAccepted() {
        assertThat(guard.judge(form(null), RENDERED, RENDERED.plusSeconds(3))).isEqualTo(ACCEPT);
        assertThat(guard.judge(form("  "), RENDERED, RENDERED.plus(Duration.ofMinutes(20)))).isEqualTo(ACCEPT);
    }

    @Test
    void aFormSentBackWithinTheMinimumTimeIsTooFast() {
        assertThat(guard.judge(form(null), RENDERED, RENDERED.plusMillis(2999))).isEqualTo(TOO_FAST);
        assertThat(guard.judge(form(null), RENDERED, RENDERED)).isEqualTo(TOO_FAST);
    }

    @Test
    void aFilledHoneypotIsARobotWhateverTheTiming() {
        assertThat(guard.judge(form("http://spam.example"), RENDERED, RENDERED.plusSeconds(60))).isEqualTo(ROBOT);
        assertThat(guard.judge(form("x"), RENDERED, RENDERED)).isEqualTo(ROBOT);
        assertThat(guard.judge(form("x"), null, RENDERED)).isEqualTo(ROBOT);
    }

    @Test
    void restCallersHaveNoFormSoOnlyTheHoneypotCounts() {
        assertThat(guard.judge(form(null), null, RENDERED)).isEqualTo(ACCEPT);
    }

    @Test
    void zeroSecondsSwitchesTheTimeRuleOff() {
        assertThat(new SpamGuard(0).judge(form(null), RENDERED, RENDERED)).isEqualTo(ACCEPT);
        assertThat(new SpamGuard(-5).minimumFillTime()).isEqualTo(Duration.ZERO);
    }

    private static FeedbackForm form(String website) {
        return new FeedbackForm(FeedbackType.COMPLAINT, 1L, "Li Lei", null, "13800000000", null, false, null, null, null,
                "The box was broken.", Urgency.HIGH, website);
    }
}
