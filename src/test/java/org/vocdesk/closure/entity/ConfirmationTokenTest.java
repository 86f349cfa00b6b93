package org.vocdesk.closure.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the customer's link: unguessable, stored only as a hash, single use, expiring, replaceable. */
class ConfirmationTokenTest {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final Duration TWO_WEEKS = Duration.ofDays(14);

    @Test
    void secretsAre256RandomBitsInUrlSafeTextAndOnlyTheirHashIsKept() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(ConfirmationToken.newSecret());
        }
        assertThat(secrets).hasSize(1000).allMatch(ConfirmationToken::wellFormed);
        String secret = secrets.iterator().next();
        assertThat(ConfirmationToken.hash(secret)).hasSize(64).isNotEqualTo(secret).doesNotContain(secret);
        assertThat(ConfirmationToken.wellFormed("abc")).isFalse();
        assertThat(ConfirmationToken.wellFormed(secret + "'; drop table x")).isFalse();
    }

    @Test
    void aFreshTokenAnswersOnce() {
        ConfirmationToken token = token();
        assertThat(token.refusal(NOW)).isEmpty();
        token.answer(CustomerAnswer.CONFIRMED, Satisfaction.SATISFIED, "  ", NOW.plusSeconds(60));
        assertThat(token.getUsedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(token.getComment()).isNull();
        assertThat(token.refusal(NOW.plusSeconds(61))).contains(ConfirmationToken.Refusal.USED);
        assertThatThrownBy(() -> token.answer(CustomerAnswer.NOT_RESOLVED, null, "changed my mind", NOW.plusSeconds(120)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("closure.token.refused.USED");
        assertThat(token.getAnswer()).isEqualTo(CustomerAnswer.CONFIRMED);
    }

    @Test
    void aTokenExpiresAtItsExpiryInstant() {
        ConfirmationToken token = token();
        assertThat(token.refusal(NOW.plus(TWO_WEEKS).minusMillis(1))).isEmpty();
        assertThat(token.refusal(NOW.plus(TWO_WEEKS))).contains(ConfirmationToken.Refusal.EXPIRED);
        assertThatThrownBy(() -> token.answer(CustomerAnswer.CONFIRMED, null, null, NOW.plus(TWO_WEEKS)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("closure.token.refused.EXPIRED");
        assertThat(token.getUsedAt()).isNull();
    }

    @Test
    void aNewerLinkReplacesAnUnusedOneButNotAnAnsweredOne() {
        ConfirmationToken open = token();
        open.replace(NOW.plusSeconds(10));
        assertThat(open.refusal(NOW.plusSeconds(11))).contains(ConfirmationToken.Refusal.REPLACED);
        ConfirmationToken answered = token();
        answered.answer(CustomerAnswer.CONFIRMED, null, null, NOW);
        answered.replace(NOW.plusSeconds(10));
        assertThat(answered.refusal(NOW.plusSeconds(11))).contains(ConfirmationToken.Refusal.USED);
    }

    @Test
    void notResolvedNeedsTheCustomersComment() {
        ConfirmationToken token = token();
        assertThatThrownBy(() -> token.answer(CustomerAnswer.NOT_RESOLVED, Satisfaction.NOT_SATISFIED, " ", NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("closure.token.commentRequired");
        assertThatThrownBy(() -> token.answer(null, null, null, NOW)).isInstanceOf(BusinessException.class);
        assertThat(token.refusal(NOW)).isEmpty();
        token.answer(CustomerAnswer.NOT_RESOLVED, Satisfaction.NOT_SATISFIED, " still leaking ", NOW);
        assertThat(token.getComment()).isEqualTo("still leaking");
    }

    private static ConfirmationToken token() {
        return new ConfirmationToken(ConfirmationToken.newSecret(), 1, 2, ReplyPurpose.RESULT, "en", NOW, TWO_WEEKS);
    }
}
