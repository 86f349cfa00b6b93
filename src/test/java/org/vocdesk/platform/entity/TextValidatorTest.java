package org.vocdesk.platform.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextValidatorTest {

    @Test
    void lineBreaksAndTabsAreTextOtherControlsAreNot() {
        assertThat(TextValidator.hasControlCharacters("外壳开裂\r\n共 12 件\tA")).isFalse();
        assertThat(TextValidator.hasControlCharacters("a\u0000b")).isTrue();
        assertThat(TextValidator.hasControlCharacters("\u001b[31mred")).isTrue();
        assertThat(TextValidator.hasControlCharacters("bell\u0007")).isTrue();
        assertThat(TextValidator.hasControlCharacters("del\u007f")).isTrue();
    }
}
