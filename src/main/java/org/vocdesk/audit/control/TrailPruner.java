package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the oldest revisions once their retention period is over, always from the start of the chain, and moves
 * the chain's anchor to the last one removed: what remains still verifies from there. Holds the same lock as the
 * sealer, so it never races a sealing node.
 */
@ApplicationScoped
public class TrailPruner {

    static final int BATCH = 200;

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    @Inject
    AuditTables tables;

    /** Prunes up to one batch of sealed revisions made before the cutoff; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int pruneBatch(Instant cutoff) {
        try (Connection connection = dataSource.getConnection()) {
            return prune(connection, cutoff.toEpochMilli());
        } catch (SQLException e) {
            throw new IllegalStateException("pruning the audit trail failed", e);
        }
    }

    int prune(Connection connection, long cutoffMillis) throws SQLException {
        long anchorSeq;
        try (PreparedStatement lock = connection.prepareStatement("SELECT anchor_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet head = lock.executeQuery()) {
            head.next();
            anchorSeq = head.getLong(1);
        }
        List<Long> revisions = new ArrayList<>();
        long lastSeq = anchorSeq;
        String lastHash = null;
        try (PreparedStatement oldest = connection.prepareStatement("SELECT id, chain_seq, hash, revised_at FROM audit_revision"
                + " WHERE chain_seq > ? ORDER BY chain_seq FETCH FIRST " + BATCH + " ROWS ONLY")) {
            oldest.setLong(1, anchorSeq);
            try (ResultSet rows = oldest.executeQuery()) {
                while (rows.next() && rows.getLong("revised_at") < cutoffMillis) {
                    revisions.add(rows.getLong("id"));
                    lastSeq = rows.getLong("chain_seq");
                    lastHash = rows.getString("hash");
                }
            }
        }
        if (revisions.isEmpty()) {
            return 0;
        }
        String marks = "?" + ",?".repeat(revisions.size() - 1);
        for (AuditTable table : tables.all()) {
            delete(connection, "DELETE FROM " + table.sqlName() + " WHERE rev IN (" + marks + ")", revisions);
        }
        delete(connection, "DELETE FROM audit_seal_row WHERE rev IN (" + marks + ")", revisions);
        delete(connection, "DELETE FROM audit_revision WHERE id IN (" + marks + ")", revisions);
        try (PreparedStatement anchor = connection.prepareStatement(
                "UPDATE audit_chain_head SET anchor_seq = ?, anchor_hash = ? WHERE id = 1")) {
            anchor.setLong(1, lastSeq);
            anchor.setString(2, lastHash);
            anchor.executeUpdate();
        }
        return revisions.size();
    }

    private static void delete(Connection connection, String sql, List<Long> revisions) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < revisions.size(); i++) {
                delete.setLong(i + 1, revisions.get(i));
            }
            delete.executeUpdate();
        }
    }
}
