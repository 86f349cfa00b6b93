package org.vocdesk.closure.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.MigratedSchema;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The closure migration against the mapping (as deployment validates it) and its seeded data. */
class ClosureSchemaTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.sessions("closure-schema", CustomerReply.class, ReplyTemplate.class, ConfirmationToken.class, FollowUp.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void everyPurposeHasAChineseAndAnEnglishTemplate() {
        sessions.inTransaction(session -> {
            List<ReplyTemplate> templates = session.createSelectionQuery("from ReplyTemplate", ReplyTemplate.class).getResultList();
            for (ReplyPurpose purpose : ReplyPurpose.values()) {
                assertThat(templates).filteredOn(t -> t.getPurpose() == purpose).extracting(ReplyTemplate::getLanguage)
                        .containsExactlyInAnyOrder("zh-CN", "en");
            }
            assertThat(templates).filteredOn(t -> t.getPurpose() == ReplyPurpose.RESULT).allMatch(t -> t.getBody().contains("{resolution}"));
        });
    }

    @Test
    void theFollowUpDeadlineHasItsEscalationChain() {
        sessions.inTransaction(session -> assertThat(session.createNativeQuery(
                "select level from escalation_rule where deadline_kind = 'FOLLOW_UP' order by id", String.class).getResultList())
                .containsExactly("WARNING", "QUALITY_MANAGER", "GENERAL_MANAGER"));
    }
}
