package org.vocdesk.publicfeedback.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-20T02:00:00Z"));
    private final SubmissionRateLimiter limiter = new SubmissionRateLimiter(clock, "5/10m");

    @Test
    void allowsTheConfiguredNumberThenTellsHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        // the first was at 0 min, now it is 5 min: it leaves the window in 5 more minutes
        assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofMinutes(5));
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
    }

    @Test
    void countsEachAddressSeparately() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isPresent();
        assertThat(limiter.tryAcquire("10.0.0.2")).isEmpty();
    }

    @Test
    void aRefusedAttemptDoesNotCountAndAReleasedOneIsGivenBack() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isPresent();
        }
        limiter.release("10.0.0.1");
        assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(limiter.tryAcquire("10.0.0.1")).isPresent();
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        SubmissionRateLimiter off = new SubmissionRateLimiter(clock, "0/10m");
        for (int i = 0; i < 100; i++) {
            assertThat(off.tryAcquire("10.0.0.1")).isEmpty();
        }
    }

    @Test
    void staleAddressesAreForgottenWhenManyHaveBeenSeen() {
        for (int i = 0; i < 10_001; i++) {
            limiter.tryAcquire("a" + i);
        }
        clock.advance(Duration.ofMinutes(11));
        assertThat(limiter.tryAcquire("fresh")).isEmpty();
        assertThat(limiter.tryAcquire("a1")).isEmpty();
    }

    @Test
    void parsesShortAndIsoForms() {
        assertThat(RateLimit.parse("5/10m")).isEqualTo(new RateLimit(5, Duration.ofMinutes(10)));
        assertThat(RateLimit.parse(" 100 / 1h ")).isEqualTo(new RateLimit(100, Duration.ofHours(1)));
        assertThat(RateLimit.parse("3/30s")).isEqualTo(new RateLimit(3, Duration.ofSeconds(30)));
        assertThat(RateLimit.parse("5/PT10M")).isEqualTo(new RateLimit(5, Duration.ofMinutes(10)));
        assertThat(RateLimit.parse("0/1m").off()).isTrue();
        for (String wrong : new String[]{"", "5", "five/10m", "5/10x", "5/0m", "-1/10m", null}) {
            assertThatThrownBy(() -> RateLimit.parse(wrong)).as(String.valueOf(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void ipv6ClientsCountPerNetwork() {
        assertThat(ClientAddress.normalized("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.normalized("2001:db8:1:2:bbbb::9"));
        assertThat(ClientAddress.normalized("2001:db8:1:2::1")).isNotEqualTo(ClientAddress.normalized("2001:db8:1:3::1"));
        assertThat(ClientAddress.normalized("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.normalized(null)).isEqualTo("unknown");
        assertThat(ClientAddress.normalized("not:an:address:zz")).isEqualTo("not:an:address:zz");
        assertThat(Optional.of(ClientAddress.normalized("[::1]"))).contains("0:0:0:0::/64");
    }
}
