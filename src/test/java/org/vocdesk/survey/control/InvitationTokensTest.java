package org.vocdesk.survey.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTokensTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.next();
            assertThat(InvitationTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void stringsThatCannotBeTokensAreRefusedWithoutLookUp() {
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
        assertThat(InvitationTokens.wellFormed("abc")).isFalse();
        assertThat(InvitationTokens.wellFormed("' or 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isFalse();
    }
}
