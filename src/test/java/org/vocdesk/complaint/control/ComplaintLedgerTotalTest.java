package org.vocdesk.complaint.control;

import org.vocdesk.it.MigratedSchema;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;

import java.time.Instant;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's bounded total on the migrated schema (H2, as in the embedded default): exact up to the
 * limit, the limit and "not exact" above it, and the same filters as the exact count.
 */
class ComplaintLedgerTotalTest {

    private static final Instant NOW = Instant.parse("2025-06-30T00:00:00Z");
    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndFill() {
        sessions = MigratedSchema.withComplaints("ledger-total");
        sessions.inTransaction(session -> {
            for (int i = 1; i <= 30; i++) {
                session.createNativeMutationQuery("""
                                insert into complaint (number, received_at, recorded_at, recorded_by, channel, feedback_type,
                                  category_id, anonymous, customer_words, initial_urgency, status, major, is_repeat,
                                  calendar_code, first_reply_due, response_due, version)
                                values (?1, ?2, ?2, 'test', 'PHONE', 'COMPLAINT', 1, false, 'words', 'HIGH', ?3, false, false,
                                  'CN', ?4, ?4, 0)""")
                        .setParameter(1, "CF202506" + String.format("%04d", i))
                        .setParameter(2, NOW.minusSeconds(3600L * i))
                        .setParameter(3, (i % 3 == 0 ? ComplaintStatus.INVESTIGATING : ComplaintStatus.CLOSED).name())
                        .setParameter(4, NOW.plusSeconds(86400))
                        .executeUpdate();
            }
        });
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void exactUpToTheLimit() {
        LedgerFilter investigating = new LedgerFilter(null, null, null, null, null, null, ComplaintStatus.INVESTIGATING,
                null, null, null, null, null, null);
        assertThat(total(investigating, 10)).isEqualTo(new LedgerTotal(10, true));
        assertThat(total(investigating, 100)).isEqualTo(new LedgerTotal(10, true));
        assertThat(count(investigating)).isEqualTo(10L);
    }

    @Test
    void aboveTheLimitTheTotalIsTheLimitAndNotExact() {
        assertThat(total(LedgerFilter.none(), 29)).isEqualTo(new LedgerTotal(29, false));
        assertThat(total(LedgerFilter.none(), 30)).isEqualTo(new LedgerTotal(30, true));
        assertThat(total(LedgerFilter.none().withOverdue(true), 5)).isEqualTo(new LedgerTotal(0, true));
    }

    private static LedgerTotal total(LedgerFilter filter, int limit) {
        return withLedger(ledger -> ledger.total(filter, NOW, limit));
    }

    private static long count(LedgerFilter filter) {
        return withLedger(ledger -> ledger.count(filter, NOW));
    }

    private static <T> T withLedger(Function<ComplaintLedger, T> call) {
        return sessions.fromTransaction(session -> {
            ComplaintLedger ledger = TestLedgers.seeingAll(session);
            return call.apply(ledger);
        });
    }
}
