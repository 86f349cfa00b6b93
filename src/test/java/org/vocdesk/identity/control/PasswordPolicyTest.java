package org.vocdesk.identity.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 3);

    @Test
    void acceptsALongMixedPassword() {
        assertThatCode(() -> policy.check("Test-user-12345", "clerk")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("gutes Passwort 9", "clerk")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortOnesWithTheConfiguredLength() {
        assertThatThrownBy(() -> policy.check("Ab-1", "clerk")).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.key()).isEqualTo("identity.password.tooShort");
            assertThat(e.arguments()).containsExactly(10);
            assertThat(e.field()).isEqualTo("password");
        });
        assertThatThrownBy(() -> policy.check(null, "clerk")).hasFieldOrPropertyWithValue("key", "identity.password.tooShort");
        assertThatThrownBy(() -> new PasswordPolicy(16, 3).check("Abcdefgh-123", "x"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.arguments()).containsExactly(16));
    }

    @Test
    void refusesTooFewClassesAndTooLong() {
        assertThatThrownBy(() -> policy.check("abcdefghij12", "clerk")).hasFieldOrPropertyWithValue("key", "identity.password.classes");
        assertThatThrownBy(() -> policy.check("ABCDEFGHIJKL", "clerk")).hasFieldOrPropertyWithValue("key", "identity.password.classes");
        assertThatCode(() -> new PasswordPolicy(10, 2).check("abcdefghij12", "clerk")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("Aa1-".repeat(51), "clerk")).hasFieldOrPropertyWithValue("key", "identity.password.tooLong");
    }

    @Test
    void refusesThePasswordContainingTheUserNameInAnyCase() {
        assertThatThrownBy(() -> policy.check("Wang.Wei-2025!", "wang.wei")).hasFieldOrPropertyWithValue("key", "identity.password.containsUsername");
        assertThatThrownBy(() -> policy.check("xxADMIN-Passw0rd", "admin")).hasFieldOrPropertyWithValue("key", "identity.password.containsUsername");
    }

    @Test
    void classesAreCounted() {
        assertThat(PasswordPolicy.classes("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("aB3-")).isEqualTo(4);
        assertThat(PasswordPolicy.classes("密码密码Ab")).isEqualTo(3); // Han characters count as "other"
    }

    @Test
    void randomPasswordsPassTheStrictestPolicy() {
        for (int i = 0; i < 50; i++) {
            assertThatCode(() -> new PasswordPolicy(18, 4).check(PasswordPolicy.random(), "admin")).doesNotThrowAnyException();
        }
    }
}
