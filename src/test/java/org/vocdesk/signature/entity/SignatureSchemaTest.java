package org.vocdesk.signature.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.it.MigratedSchema;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration against the mapping (as deployment validates it); a signature read back is still valid. */
class SignatureSchemaTest {

    static final Instant NOW = Instant.parse("2025-06-02T03:04:05.123456789Z");
    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.sessions("signature-schema", SignedContent.class, Signature.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void aStoredSignatureReadBackIsValidAndARevisionIsStoredOnce() {
        SignedSubject subject = new SignedSubject("TEST_DOC", 7, 1);
        CanonicalText content = CanonicalText.builder().field("text", "很长的内容 ".repeat(5000)).build();
        Long id = sessions.fromTransaction(session -> {
            SignedContent stored = new SignedContent(subject, content, NOW);
            session.persist(stored);
            Signature signature = new Signature(stored, new Signer("qm", "品管 Qian", Role.QUALITY_MANAGER), SignatureMeaning.REVIEWED, null, NOW);
            session.persist(signature);
            return signature.getId();
        });
        sessions.inTransaction(session -> assertThat(session.find(Signature.class, id).statusAgainst(content)).isEqualTo(SignatureStatus.VALID));
        assertThatThrownBy(() -> sessions.inTransaction(session -> session.persist(new SignedContent(subject, content, NOW))))
                .hasMessageContaining("UK_SIGNED_CONTENT_REVISION");
    }

    @Test
    void editingTheStoredTextInTheDatabaseIsDetected() {
        SignedSubject subject = new SignedSubject("TEST_DOC", 8, 1);
        CanonicalText content = CanonicalText.builder().field("resolution", "更换外壳 replaced housings").build();
        Long id = sessions.fromTransaction(session -> {
            SignedContent stored = new SignedContent(subject, content, NOW);
            session.persist(stored);
            Signature signature = new Signature(stored, new Signer("gm", "总经理", Role.GENERAL_MANAGER), SignatureMeaning.APPROVED, null, NOW);
            session.persist(signature);
            return signature.getId();
        });
        sessions.inTransaction(session -> session.doWork(jdbc -> {
            try (var update = jdbc.prepareStatement("update signed_content set canonical_text = replace(canonical_text, '更换外壳', '无需处理')"
                    + " where subject_id = 8")) {
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }));
        sessions.inTransaction(session -> assertThat(session.find(Signature.class, id).statusAgainst(null)).isEqualTo(SignatureStatus.TAMPERED));
    }
}
