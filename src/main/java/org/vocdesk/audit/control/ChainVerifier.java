package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.vocdesk.audit.entity.AuditRow;
import org.vocdesk.audit.entity.ChainBreak;
import org.vocdesk.audit.entity.ChainLink;
import org.vocdesk.audit.entity.SealComparison;
import org.vocdesk.audit.entity.Verification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-reads every sealed revision in chain order and recomputes its hash from the rows as they are now. A revision
 * whose hash no longer matches is compared with the digests taken at sealing to name the record and fields that
 * differ; checking goes on from the stored hash, so each edit is reported where it is, not just the first.
 */
@ApplicationScoped
public class ChainVerifier {

    static final int BATCH = 200;
    static final int MAX_BREAKS = 200;

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    @Inject
    AuditTables tables;

    @Inject
    Clock clock;

    @Transactional
    public Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            return verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("verifying the audit trail failed", e);
        }
    }

    Verification verify(Connection connection) throws SQLException {
        long headSeq;
        String headHash;
        long seq;
        String previous;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain_head WHERE id = 1");
             ResultSet head = select.executeQuery()) {
            head.next();
            headSeq = head.getLong(1);
            headHash = head.getString(2);
            seq = head.getLong(3); // the chain starts after the revisions pruned at the end of their retention
            previous = head.getString(4);
        }
        List<ChainBreak> breaks = new ArrayList<>();
        long checked = 0;
        while (breaks.size() < MAX_BREAKS) {
            List<Sealed> batch = sealedAfter(connection, seq, headSeq);
            if (batch.isEmpty()) {
                break;
            }
            List<Long> revisions = batch.stream().map(s -> s.revision).toList();
            Map<Long, List<AuditRow>> rows = new LinkedHashMap<>();
            for (AuditTable table : tables.all()) {
                AuditRows.ofRevisions(connection, table, revisions)
                        .forEach((revision, written) -> rows.computeIfAbsent(revision, r -> new ArrayList<>()).addAll(written));
            }
            Map<Long, Map<String, List<String>>> seals = seals(connection, revisions);
            for (Sealed sealed : batch) {
                if (sealed.seq != seq + 1) {
                    breaks.add(new ChainBreak(seq + 1, null, ChainBreak.Kind.MISSING_REVISIONS, null, null, List.of()));
                }
                if (!previous.equals(sealed.prevHash)) {
                    breaks.add(new ChainBreak(sealed.seq, sealed.revision, ChainBreak.Kind.BROKEN_LINK, null, null, List.of()));
                }
                List<AuditRow> written = rows.getOrDefault(sealed.revision, List.of());
                String recomputed = ChainLink.hash(String.valueOf(sealed.prevHash), sealed.header, written);
                if (!recomputed.equals(sealed.hash)) {
                    List<AuditRow> all = new ArrayList<>(written);
                    all.add(sealed.header);
                    List<ChainBreak> located = SealComparison.compare(sealed.seq, sealed.revision,
                            seals.getOrDefault(sealed.revision, Map.of()), all);
                    breaks.addAll(located.isEmpty()
                            ? List.of(new ChainBreak(sealed.seq, sealed.revision, ChainBreak.Kind.HASH_CHANGED, null, null, List.of()))
                            : located);
                }
                seq = sealed.seq;
                previous = String.valueOf(sealed.hash);
                checked++;
            }
        }
        if (breaks.size() < MAX_BREAKS && (seq != headSeq || !previous.equals(headHash))) {
            breaks.add(new ChainBreak(seq + 1, null, ChainBreak.Kind.TRUNCATED, null, null, List.of()));
        }
        return new Verification(breaks.isEmpty(), checked, headHash, clock.instant(), List.copyOf(breaks));
    }

    private record Sealed(long seq, long revision, String prevHash, String hash, AuditRow header) {
    }

    private static List<Sealed> sealedAfter(Connection connection, long seq, long headSeq) throws SQLException {
        List<Sealed> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + RevisionHeaders.COLUMNS
                + ", chain_seq, prev_hash, hash FROM audit_revision WHERE chain_seq > ? AND chain_seq <= ? ORDER BY chain_seq"
                + " FETCH FIRST " + BATCH + " ROWS ONLY")) {
            select.setLong(1, seq);
            select.setLong(2, headSeq);
            try (ResultSet revisions = select.executeQuery()) {
                while (revisions.next()) {
                    batch.add(new Sealed(revisions.getLong("chain_seq"), revisions.getLong("id"), revisions.getString("prev_hash"),
                            revisions.getString("hash"), RevisionHeaders.of(revisions)));
                }
            }
        }
        return batch;
    }

    private static Map<Long, Map<String, List<String>>> seals(Connection connection, List<Long> revisions) throws SQLException {
        Map<Long, Map<String, List<String>>> seals = new LinkedHashMap<>();
        StringBuilder marks = new StringBuilder();
        revisions.forEach(r -> marks.append(marks.isEmpty() ? "?" : ",?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT rev, table_name, row_key, field_digests FROM audit_seal_row WHERE rev IN (" + marks + ")")) {
            for (int i = 0; i < revisions.size(); i++) {
                select.setLong(i + 1, revisions.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seals.computeIfAbsent(rows.getLong(1), r -> new LinkedHashMap<>())
                            .computeIfAbsent(rows.getString(2) + "|" + rows.getString(3), k -> new ArrayList<>())
                            .add(rows.getString(4));
                }
            }
        }
        return seals;
    }
}
