package org.vocdesk.audit.entity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRowTest {

    @Test
    void fieldDigestsAreSha256Prefixes() {
        assertThat(AuditRow.shortDigest("abc")).isEqualTo("ba7816bf");
        assertThat(AuditRow.shortDigest("")).isEqualTo("e3b0c442");
    }

    /** Each call hands out a digest of its own: a link's hash and the field digests taken meanwhile do not mix. */
    @Test
    void digestsHandedOutAreIndependent() {
        MessageDigest first = AuditRow.sha256();
        first.update("a".getBytes(StandardCharsets.UTF_8));
        MessageDigest second = AuditRow.sha256();
        second.update("abc".getBytes(StandardCharsets.UTF_8));
        first.update("bc".getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(first.digest())).isEqualTo(HexFormat.of().formatHex(second.digest()))
                .startsWith("ba7816bf8f01cfea");
    }
}
