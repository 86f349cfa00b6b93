package org.vocdesk.audit.control;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vocdesk.audit.entity.ChainBreak;
import org.vocdesk.audit.entity.Verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealer and the verification on the product's migrated schema (H2, no container), with revisions written the
 * way Envers writes them: sealing links them, edits are located, and two sealers (two nodes) racing over revisions
 * committed concurrently build one contiguous, intact chain.
 */
class ChainOnDatabaseTest {

    private static final AtomicLong DATABASES = new AtomicLong();

    private JdbcDataSource dataSource;
    private ChainSealer sealer;
    private ChainVerifier verifier;

    @BeforeEach
    void migrate() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chain" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        AuditTables tables = new AuditTables();
        try (Connection connection = dataSource.getConnection()) {
            var found = AuditTables.discover(connection);
            tables = new AuditTables() {
                @Override
                public java.util.Collection<AuditTable> all() {
                    return found.values();
                }
            };
        }
        sealer = new ChainSealer();
        sealer.tables = tables;
        verifier = new ChainVerifier();
        verifier.tables = tables;
        verifier.clock = Clock.systemUTC();
    }

    /** What Envers does in one business transaction: a revision and the rows of the customers it changed. */
    private long writeRevision(Connection connection, String user, long customerId, int revtype, String name) throws SQLException {
        return writeRevision(connection, System.currentTimeMillis(), user, customerId, revtype, name);
    }

    private long writeRevision(Connection connection, long at, String user, long customerId, int revtype, String name) throws SQLException {
        long revision;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_revision (revised_at, username, channel, client_address) VALUES (?, ?, 'REST', '10.0.0.1')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, at);
            insert.setString(2, user);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                revision = keys.getLong(1);
            }
        }
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO customer_aud (id, rev, revtype, code, name, active,"
                + " transaction_count, created_at) VALUES (?, ?, ?, ?, ?, TRUE, 3, TIMESTAMP '2026-11-22 08:30:00.123456')")) {
            row.setLong(1, customerId);
            row.setLong(2, revision);
            row.setInt(3, revtype);
            row.setString(4, "C" + customerId);
            row.setString(5, name);
            row.executeUpdate();
        }
        return revision;
    }

    private int sealAll(Connection connection) throws SQLException {
        int total = 0;
        int sealed;
        do {
            connection.setAutoCommit(false);
            sealed = sealer.seal(connection);
            connection.commit();
            total += sealed;
        } while (sealed > 0);
        return total;
    }

    private Verification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return verifier.verify(connection);
        }
    }

    @Test
    void sealedRevisionsVerifyAndAnEditIsLocatedToTheRecordAndField() throws SQLException {
        long edited;
        try (Connection connection = dataSource.getConnection()) {
            writeRevision(connection, "clerk", 1, 0, "一汽 FAW");
            edited = writeRevision(connection, "quality", 1, 1, "一汽大众 FAW-VW");
            writeRevision(connection, "quality", 2, 0, "上汽 SAIC");
            assertThat(sealAll(connection)).isEqualTo(3);
            assertThat(sealAll(connection)).isZero();
        }
        Verification intact = verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.revisionsChecked()).isEqualTo(3);

        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE customer_aud SET name = 'forged' WHERE rev = " + edited);
        }
        Verification broken = verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.breaks()).containsExactly(
                new ChainBreak(2, edited, ChainBreak.Kind.RECORD_CHANGED, "customer", "1", List.of("name")));

        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE customer_aud SET name = '一汽大众 FAW-VW' WHERE rev = " + edited);
            sql.executeUpdate("UPDATE audit_revision SET hash = '" + "a".repeat(64) + "' WHERE id = " + edited);
        }
        assertThat(verify().breaks()).extracting(ChainBreak::kind)
                .containsExactly(ChainBreak.Kind.HASH_CHANGED, ChainBreak.Kind.BROKEN_LINK);
    }

    @Test
    void deletedRevisionsAndATruncatedEndAreFound() throws SQLException {
        long middle;
        long last;
        try (Connection connection = dataSource.getConnection()) {
            writeRevision(connection, "clerk", 1, 0, "A");
            middle = writeRevision(connection, "clerk", 2, 0, "B");
            writeRevision(connection, "clerk", 3, 0, "C");
            last = writeRevision(connection, "clerk", 4, 0, "D");
            sealAll(connection);
            try (Statement sql = connection.createStatement()) {
                for (long revision : List.of(middle, last)) {
                    sql.executeUpdate("DELETE FROM audit_seal_row WHERE rev = " + revision);
                    sql.executeUpdate("DELETE FROM customer_aud WHERE rev = " + revision);
                    sql.executeUpdate("DELETE FROM audit_revision WHERE id = " + revision);
                }
            }
            connection.commit();
        }
        assertThat(verify().breaks()).extracting(ChainBreak::kind, ChainBreak::seq).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChainBreak.Kind.MISSING_REVISIONS, 2L),
                org.assertj.core.groups.Tuple.tuple(ChainBreak.Kind.BROKEN_LINK, 3L),
                org.assertj.core.groups.Tuple.tuple(ChainBreak.Kind.TRUNCATED, 4L));
    }

    @Test
    void revisionsPastTheirRetentionLeaveFromTheStartAndTheRestStillVerifies() throws SQLException {
        long tenYearsAgo = System.currentTimeMillis() - 10L * 366 * 24 * 3600 * 1000;
        long kept;
        try (Connection connection = dataSource.getConnection()) {
            writeRevision(connection, tenYearsAgo, "clerk", 1, 0, "old");
            writeRevision(connection, tenYearsAgo + 1, "clerk", 1, 1, "older change");
            kept = writeRevision(connection, "clerk", 1, 1, "recent");
            writeRevision(connection, "clerk", 2, 0, "new");
            sealAll(connection);
            TrailPruner pruner = new TrailPruner();
            pruner.tables = sealer.tables;
            connection.setAutoCommit(false);
            assertThat(pruner.prune(connection, System.currentTimeMillis() - 3600_000)).isEqualTo(2);
            assertThat(pruner.prune(connection, System.currentTimeMillis() - 3600_000)).isZero();
            connection.commit();
            try (Statement sql = connection.createStatement(); ResultSet left = sql.executeQuery("SELECT COUNT(*) FROM customer_aud")) {
                left.next();
                assertThat(left.getInt(1)).isEqualTo(2);
            }
        }
        Verification rest = verify();
        assertThat(rest.breaks()).isEmpty();
        assertThat(rest.revisionsChecked()).isEqualTo(2);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE customer_aud SET name = 'forged' WHERE rev = " + kept);
        }
        assertThat(verify().breaks()).extracting(ChainBreak::revision).containsExactly(kept);
    }

    @Test
    void twoSealersRacingOverConcurrentWritersBuildOneContiguousIntactChain() throws Exception {
        int writers = 4;
        int perWriter = 60;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                running.add(pool.submit((Callable<Void>) () -> {
                    try (Connection connection = dataSource.getConnection()) {
                        for (int i = 0; i < perWriter; i++) {
                            connection.setAutoCommit(false);
                            writeRevision(connection, "user" + writer, writer * 1000L + i, 0, "n" + i);
                            connection.commit();
                        }
                    }
                    return null;
                }));
            }
            List<Future<Integer>> sealers = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                sealers.add(pool.submit(() -> {
                    int sealed = 0;
                    try (Connection connection = dataSource.getConnection()) {
                        while (running.stream().anyMatch(f -> !f.isDone())) {
                            sealed += sealAll(connection);
                        }
                        sealed += sealAll(connection);
                    }
                    return sealed;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            int total = 0;
            for (Future<Integer> f : sealers) {
                total += f.get();
            }
            assertThat(total).as("every revision sealed exactly once").isEqualTo(writers * perWriter);
        } finally {
            pool.shutdownNow();
        }
        Verification result = verify();
        assertThat(result.breaks()).isEmpty();
        assertThat(result.revisionsChecked()).isEqualTo(writers * perWriter);
    }
}
