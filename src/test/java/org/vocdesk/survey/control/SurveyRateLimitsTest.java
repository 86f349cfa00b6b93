package org.vocdesk.survey.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.publicfeedback.control.RateLimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyRateLimitsTest {

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");

        @Override
        public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(ZoneId zone) { return this; }

        @Override
        public Instant instant() { return now; }
    }

    @Test
    void oneLinkIsLimitedWhateverTheAddressAndFreedAfterTheWindow() {
        MovingClock clock = new MovingClock();
        SurveyRateLimits limits = new SurveyRateLimits(clock, RateLimit.parse("3/5m"), RateLimit.parse("100/5m"));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire("10.0.0." + i, "token-a")).isEmpty();
        }
        var wait = limits.tryAcquire("10.0.0.9", "token-a");
        assertThat(wait).contains(Duration.ofMinutes(5));
        assertThat(SurveyRateLimits.minutes(wait.get())).isEqualTo(5);
        assertThat(limits.tryAcquire("10.0.0.9", "token-b")).as("another link").isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(limits.tryAcquire("10.0.0.9", "token-a")).isEmpty();
    }

    @Test
    void oneAddressTryingManyLinksIsLimited() {
        MovingClock clock = new MovingClock();
        SurveyRateLimits limits = new SurveyRateLimits(clock, RateLimit.parse("3/5m"), RateLimit.parse("5/1m"));
        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryAcquire("192.0.2.7", "guess-" + i)).isEmpty();
        }
        assertThat(limits.tryAcquire("192.0.2.7", "guess-6")).isPresent();
        assertThat(limits.tryAcquire("192.0.2.7", null)).as("a post without link is limited by address").isPresent();
        assertThat(limits.tryAcquire("192.0.2.8", "guess-6")).isEmpty();
        assertThat(SurveyRateLimits.minutes(Duration.ofSeconds(5))).isEqualTo(1);
    }

    @Test
    void zeroSwitchesALimitOff() {
        SurveyRateLimits limits = new SurveyRateLimits(new MovingClock(), RateLimit.parse("0/5m"), RateLimit.parse("0/5m"));
        for (int i = 0; i < 1000; i++) {
            assertThat(limits.tryAcquire("a", "t")).isEmpty();
        }
    }
}
