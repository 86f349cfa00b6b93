package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.audit.entity.AuditRow;
import org.vocdesk.audit.entity.HistoryEntry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A record's history with the values before and after each change, read from its audit tables. */
@ApplicationScoped
public class RecordHistory {

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    @Inject
    AuditTables tables;

    /** The history of a record and of its parts (see {@link RecordTypes}), oldest first; empty if the type is unknown. */
    public Optional<List<HistoryEntry>> of(String recordType, long id) {
        Optional<AuditTable> main = tables.of(recordType);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            List<AuditRowAt> rows = new ArrayList<>(rows(connection, main.get(), List.of("id"), List.of(id)));
            for (RecordTypes.Part part : RecordTypes.partsOf(main.get().recordType())) {
                Optional<AuditTable> table = tables.of(part.type());
                if (table.isPresent()) {
                    rows.addAll(rows(connection, table.get(), List.of(part.ownerColumn()), List.of(id)));
                }
            }
            return Optional.of(entries(connection, rows));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the history failed", e);
        }
    }

    /** The entry of one revision of one record (table row), as the auditor search lists it. */
    Optional<HistoryEntry> entry(Connection connection, AuditTable table, String key, long revision) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (String part : key.split("/", -1)) {
            values.add(numberOrText(part));
        }
        if (values.size() != table.keyColumns().size()) {
            return Optional.empty();
        }
        return entries(connection, rows(connection, table, table.keyColumns(), values)).stream()
                .filter(e -> e.revision() == revision).findFirst();
    }

    record AuditRowAt(long revision, AuditRow row) {
    }

    static List<AuditRowAt> rows(Connection connection, AuditTable table, List<String> columns, List<Object> values)
            throws SQLException {
        StringBuilder where = new StringBuilder();
        for (String column : columns) {
            where.append(where.isEmpty() ? "" : " AND ").append(column).append(" = ?");
        }
        List<AuditRowAt> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM " + table.sqlName() + " WHERE " + where + " ORDER BY rev")) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new AuditRowAt(rows.getLong("rev"), AuditRows.row(rows, table)));
                }
            }
        }
        return found;
    }

    static List<HistoryEntry> entries(Connection connection, List<AuditRowAt> rows) throws SQLException {
        Map<String, AuditRow> previous = new HashMap<>();
        Map<Long, String[]> revisions = revisions(connection, rows.stream().map(AuditRowAt::revision).collect(TreeSet::new, Set::add, Set::addAll));
        List<AuditRowAt> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(AuditRowAt::revision).thenComparing(r -> r.row().table()).thenComparing(r -> r.row().key()));
        List<HistoryEntry> entries = new ArrayList<>();
        for (AuditRowAt at : ordered) {
            AuditRow row = at.row();
            String record = row.table() + "|" + row.key();
            HistoryEntry.ChangeKind kind = HistoryEntry.ChangeKind.ofRevtype(row.field("revtype"));
            AuditRow before = kind == HistoryEntry.ChangeKind.ADDED ? null : previous.get(record);
            String[] revision = revisions.getOrDefault(at.revision(), new String[]{"0", "?", "?", null});
            entries.add(new HistoryEntry(at.revision(), Instant.ofEpochMilli(Long.parseLong(revision[0])), revision[1], revision[2],
                    revision[3], row.table(), row.key(), kind,
                    kind == HistoryEntry.ChangeKind.DELETED ? List.of() : HistoryEntry.diff(before, row)));
            previous.put(record, row);
        }
        return entries;
    }

    private static Map<Long, String[]> revisions(Connection connection, Collection<Long> ids) throws SQLException {
        Map<Long, String[]> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        StringBuilder marks = new StringBuilder();
        ids.forEach(r -> marks.append(marks.isEmpty() ? "?" : ",?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, revised_at, username, channel, client_address FROM audit_revision WHERE id IN (" + marks + ")")) {
            int i = 1;
            for (Long id : ids) {
                select.setLong(i++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), new String[]{Long.toString(rows.getLong(2)), rows.getString(3), rows.getString(4), rows.getString(5)});
                }
            }
        }
        return found;
    }

    private static Object numberOrText(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
