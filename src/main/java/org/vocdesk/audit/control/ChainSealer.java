package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.vocdesk.audit.entity.AuditRow;
import org.vocdesk.audit.entity.ChainLink;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links committed revisions into the hash chain, a batch per transaction.
 *
 * <p>Why after the fact and not in the writing transaction: a revision's number is drawn when its transaction
 * starts writing, but transactions commit in another order, and a revision that is still uncommitted (or rolls
 * back, leaving a gap) cannot be hashed by the next one. Chaining at write time would need every business
 * transaction, on every node, to wait for one lock until the previous one committed, serialising all writes.
 * Instead the business transaction only inserts its rows (Envers), and the sealer, holding the row lock of
 * {@code audit_chain_head} (SELECT ... FOR UPDATE, so two nodes on one database take turns), takes the revisions
 * committed so far in order of revision number, gives each the next position {@code chain_seq} and its hash over
 * the previous hash and its rows, and moves the head. A revision that commits late simply gets a later position;
 * the chain never has a hole and never hashes uncommitted data. The price: a revision can be edited unnoticed
 * between its commit and its sealing, a window of one sealing period (the timer, and every verification,
 * search and export seals first).
 */
@ApplicationScoped
public class ChainSealer {

    static final int BATCH = 200;

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    @Inject
    AuditTables tables;

    /** Seals up to one batch of committed revisions; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealBatch() {
        try (Connection connection = dataSource.getConnection()) {
            return seal(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("sealing the audit trail failed", e);
        }
    }

    int seal(Connection connection) throws SQLException {
        long lastSeq;
        String lastHash;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet head = lock.executeQuery()) {
            head.next();
            lastSeq = head.getLong(1);
            lastHash = head.getString(2);
        }
        Map<Long, AuditRow> headers = new LinkedHashMap<>();
        try (PreparedStatement pending = connection.prepareStatement("SELECT " + RevisionHeaders.COLUMNS
                + " FROM audit_revision WHERE chain_seq IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
             ResultSet revisions = pending.executeQuery()) {
            while (revisions.next()) {
                headers.put(revisions.getLong("id"), RevisionHeaders.of(revisions));
            }
        }
        if (headers.isEmpty()) {
            return 0;
        }
        Map<Long, List<AuditRow>> rows = new LinkedHashMap<>();
        for (AuditTable table : tables.all()) {
            AuditRows.ofRevisions(connection, table, headers.keySet())
                    .forEach((revision, written) -> rows.computeIfAbsent(revision, r -> new ArrayList<>()).addAll(written));
        }
        try (PreparedStatement link = connection.prepareStatement(
                "UPDATE audit_revision SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ?");
             PreparedStatement seal = connection.prepareStatement(
                     "INSERT INTO audit_seal_row (rev, table_name, row_key, field_digests) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, AuditRow> revision : headers.entrySet()) {
                List<AuditRow> written = rows.getOrDefault(revision.getKey(), List.of());
                String hash = ChainLink.hash(lastHash, revision.getValue(), written);
                link.setLong(1, ++lastSeq);
                link.setString(2, lastHash);
                link.setString(3, hash);
                link.setLong(4, revision.getKey());
                link.addBatch();
                addSealRow(seal, revision.getKey(), revision.getValue());
                for (AuditRow row : written) {
                    addSealRow(seal, revision.getKey(), row);
                }
                lastHash = hash;
            }
            link.executeBatch();
            seal.executeBatch();
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, sealed_at = CURRENT_TIMESTAMP WHERE id = 1")) {
            move.setLong(1, lastSeq);
            move.setString(2, lastHash);
            move.executeUpdate();
        }
        return headers.size();
    }

    private static void addSealRow(PreparedStatement seal, long revision, AuditRow row) throws SQLException {
        seal.setLong(1, revision);
        seal.setString(2, row.table());
        seal.setString(3, cut(row.key(), 200));
        seal.setString(4, cut(row.fieldDigests(), 4000));
        seal.addBatch();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
