package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The chain position and hashes of revisions, for exports that prove what they list. */
@ApplicationScoped
public class RevisionSeals {

    /** A revision's place in the chain; null fields while it is not sealed. */
    public record Seal(Long seq, String prevHash, String hash) {
    }

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    public Map<Long, Seal> of(Collection<Long> revisions) {
        Map<Long, Seal> seals = new HashMap<>();
        if (revisions.isEmpty()) {
            return seals;
        }
        StringBuilder marks = new StringBuilder();
        revisions.forEach(r -> marks.append(marks.isEmpty() ? "?" : ",?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, chain_seq, prev_hash, hash FROM audit_revision WHERE id IN (" + marks + ")")) {
            int i = 1;
            for (Long revision : revisions) {
                select.setLong(i++, revision);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(2);
                    seals.put(rows.getLong(1), new Seal(rows.wasNull() ? null : seq, rows.getString(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the chain failed", e);
        }
        return seals;
    }
}
