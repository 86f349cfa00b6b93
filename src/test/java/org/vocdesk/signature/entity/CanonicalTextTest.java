package org.vocdesk.signature.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalTextTest {

    @Test
    void equalContentGivesTheSameTextWhateverTheFieldOrderLineEndingsAndUnicodeForm() {
        CanonicalText fromBrowser = CanonicalText.builder()
                .field("resolution", "更换外壳\r\nCafe\u0301 line   \r\n")
                .field("number", "CF2025030001")
                .build();
        CanonicalText fromDatabase = CanonicalText.builder()
                .field("number", "CF2025030001")
                .field("resolution", "更换外壳\nCaf\u00e9 line")
                .build();
        assertThat(fromBrowser).isEqualTo(fromDatabase);
        assertThat(fromBrowser.sha256()).isEqualTo(fromDatabase.sha256()).hasSize(64);
    }

    @Test
    void theTextIsOneSortedLinePerFieldWithLineBreaksAndBackslashesEscaped() {
        CanonicalText text = CanonicalText.builder().field("b", "x\\y\nz").field("a", null).list("d", List.of("one", 2)).build();
        assertThat(text.text()).isEqualTo("vocdesk-canonical-1\na=\nb=x\\\\y\\nz\nd.1=one\nd.2=2\nd.count=2\n");
    }

    @Test
    void aValueCannotForgeAnotherField() {
        CanonicalText forged = CanonicalText.builder().field("a", "1\nb=2").build();
        CanonicalText real = CanonicalText.builder().field("a", "1").field("b", "2").build();
        assertThat(forged.sha256()).isNotEqualTo(real.sha256());
    }

    @Test
    void anyChangeOfAValueChangesTheHash() {
        String before = CanonicalText.builder().field("qty", 100).build().sha256();
        String after = CanonicalText.builder().field("qty", 1000).build().sha256();
        assertThat(before).isNotEqualTo(after);
    }

    @Test
    void theHashIsTheSha256OfTheUtf8Text() {
        assertThat(CanonicalText.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fieldNamesAreCheckedAndGivenOnce() {
        assertThatThrownBy(() -> CanonicalText.builder().field("a=b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalText.builder().field("a", "x").field("a", "y")).isInstanceOf(IllegalArgumentException.class);
    }
}
