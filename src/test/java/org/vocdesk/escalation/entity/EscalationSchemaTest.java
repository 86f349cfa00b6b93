package org.vocdesk.escalation.entity;

import org.vocdesk.it.MigratedSchema;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.notification.entity.Notice;
import org.vocdesk.notification.entity.OutboxMail;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrations on an in-memory H2 with Hibernate validating the escalation and notification entities (as
 * deployment does), the seeded rules, the unique step key and the claiming UPDATE that has one winner.
 */
class EscalationSchemaTest {

    private static final Instant NOW = Instant.parse("2025-03-06T02:00:00Z");
    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.sessions("escalation-schema", EscalationRule.class, EscalationStep.class, PlanRequest.class, Notice.class, OutboxMail.class, AppUser.class, Department.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void theDefaultChainsAreSeededForTheFirstReplyAndEveryResponsePriority() {
        sessions.inTransaction(session -> {
            List<EscalationRule> all = session.createSelectionQuery("from EscalationRule", EscalationRule.class).getResultList();
            assertThat(EscalationPlan.chainFor(all.stream().filter(r -> r.getKind().equals("FIRST_REPLY")).toList(), "LOW"))
                    .extracting(EscalationRule::getLevel).containsExactly(EscalationLevel.values());
            var high = EscalationPlan.chainFor(all.stream().filter(r -> r.getKind().equals("RESPONSE")).toList(), "HIGH");
            assertThat(high).extracting(EscalationRule::getDelayAfter).containsExactly(null, "0h", "4h", "1d", "2d");
            assertThat(high.get(0).getWarnPercent()).isEqualTo(80);
        });
    }

    @Test
    void aStepIsStoredOncePerDeadlineAndClaimedByOneWinner() {
        WatchedSubject subject = new WatchedSubject("TEST", 41, "T-41", "/x", "CN", null, null, List.of());
        PlannedStep planned = new PlannedStep("FIRST_REPLY", EscalationLevel.HANDLER, NOW, NOW);
        Long id = sessions.fromTransaction(session -> {
            EscalationStep step = new EscalationStep(subject, planned, NOW);
            session.persist(step);
            return step.getId();
        });
        assertThatThrownBy(() -> sessions.inTransaction(session -> session.persist(new EscalationStep(subject, planned, NOW))))
                .hasMessageContaining("UK_ESCALATION_STEP");

        String claim = "update EscalationStep s set s.status = :claimed, s.claimedBy = :node, s.claimedAt = :now"
                + " where s.id = :id and s.status = :pending and s.dueAt <= :now";
        int first = sessions.fromTransaction(session -> session.createMutationQuery(claim).setParameter("claimed", StepStatus.CLAIMED)
                .setParameter("pending", StepStatus.PENDING).setParameter("node", "a").setParameter("now", NOW)
                .setParameter("id", id).executeUpdate());
        int second = sessions.fromTransaction(session -> session.createMutationQuery(claim).setParameter("claimed", StepStatus.CLAIMED)
                .setParameter("pending", StepStatus.PENDING).setParameter("node", "b").setParameter("now", NOW)
                .setParameter("id", id).executeUpdate());
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        sessions.inTransaction(session -> {
            EscalationStep step = session.find(EscalationStep.class, id);
            assertThat(step.getClaimedBy()).isEqualTo("a");
            step.sent(2, NOW);
        });
        sessions.inTransaction(session -> assertThat(session.find(EscalationStep.class, id).getStatus()).isEqualTo(StepStatus.SENT));
    }

    @Test
    void stepsInsertedByHandBetweenHibernatesBlocksOfKeysNeverTakeOneOfItsKeys() {
        String byHand = "insert into escalation_step (subject_type, subject_id, subject_ref, deadline_kind, level, deadline_at, due_at,"
                + " status, created_at, recipients) values ('HAND', ?1, 'H', 'FIRST_REPLY', 'HANDLER', ?2, ?2, 'PENDING', ?2, 0)";
        List<Long> keys = new java.util.ArrayList<>();
        for (int round = 0; round < 3; round++) {
            int r = round;
            keys.addAll(sessions.fromTransaction(session -> {
                List<Long> ids = new java.util.ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    EscalationStep step = new EscalationStep(new WatchedSubject("KEYS", r * 100 + i, "K", "/x", "CN", null, null, List.of()),
                            new PlannedStep("FIRST_REPLY", EscalationLevel.HANDLER, NOW, NOW), NOW);
                    session.persist(step);
                    ids.add(step.getId());
                }
                return ids;
            }));
            sessions.inTransaction(session -> session.createNativeMutationQuery(byHand).setParameter(1, r)
                    .setParameter(2, java.sql.Timestamp.from(NOW)).executeUpdate());
        }
        List<Long> all = sessions.fromTransaction(session -> session.createSelectionQuery(
                "select s.id from EscalationStep s where s.subjectType in ('KEYS', 'HAND')", Long.class).getResultList());
        assertThat(all).hasSize(93).doesNotHaveDuplicates().containsAll(keys);
    }
}
