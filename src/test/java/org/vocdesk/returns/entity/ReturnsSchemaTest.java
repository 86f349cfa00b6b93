package org.vocdesk.returns.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.MigratedSchema;

import static org.assertj.core.api.Assertions.assertThat;

/** V650 on H2 with Hibernate validating the returns entities, as deployment does. */
class ReturnsSchemaTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.sessions("returns-schema", ReturnRequest.class, CompensationClaim.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void theTablesMatchTheEntitiesAndStartEmpty() {
        sessions.inTransaction(session -> {
            assertThat(session.createSelectionQuery("select count(*) from ReturnRequest", Long.class).getSingleResult()).isZero();
            assertThat(session.createSelectionQuery("select count(*) from CompensationClaim", Long.class).getSingleResult()).isZero();
        });
    }
}
