package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.audit.entity.AuditRow;
import org.vocdesk.audit.entity.HistoryEntry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's search across records: changes by user, record type and key, and period, newest first. It reads
 * the seal rows (one per audit row, with its table and key), so callers seal pending revisions first.
 */
@ApplicationScoped
public class AuditSearch {

    /** Search criteria; empty ones do not filter. Dates are days in the company's zone, both included. */
    public record Criteria(String username, String recordType, String recordKey, LocalDate from, LocalDate to, int first, int max) {
    }

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    @Inject
    AuditTables tables;

    @Inject
    RecordHistory history;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public List<HistoryEntry> find(Criteria criteria) {
        StringBuilder sql = new StringBuilder("SELECT s.rev, s.table_name, s.row_key FROM audit_seal_row s JOIN audit_revision r ON r.id = s.rev"
                + " WHERE s.table_name <> '" + AuditRow.REVISION + "'");
        List<Object> parameters = new ArrayList<>();
        if (present(criteria.username())) {
            sql.append(" AND r.username = ?");
            parameters.add(criteria.username().strip());
        }
        if (present(criteria.recordType())) {
            sql.append(" AND s.table_name = ?");
            parameters.add(criteria.recordType().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(criteria.recordKey())) {
            sql.append(" AND s.row_key = ?");
            parameters.add(criteria.recordKey().strip());
        }
        ZoneId companyZone = ZoneId.of(zone);
        if (criteria.from() != null) {
            sql.append(" AND r.revised_at >= ?");
            parameters.add(criteria.from().atStartOfDay(companyZone).toInstant().toEpochMilli());
        }
        if (criteria.to() != null) {
            sql.append(" AND r.revised_at < ?");
            parameters.add(criteria.to().plusDays(1).atStartOfDay(companyZone).toInstant().toEpochMilli());
        }
        sql.append(" ORDER BY s.rev DESC, s.table_name, s.row_key OFFSET ").append(Math.max(0, criteria.first()))
                .append(" ROWS FETCH FIRST ").append(Math.min(Math.max(1, criteria.max()), 500)).append(" ROWS ONLY");
        List<HistoryEntry> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<Object[]> hits = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(new Object[]{rows.getLong(1), rows.getString(2), rows.getString(3)});
                }
            }
            for (Object[] hit : hits) {
                Optional<AuditTable> table = tables.of((String) hit[1]);
                if (table.isPresent()) {
                    history.entry(connection, table.get(), (String) hit[2], (Long) hit[0]).ifPresent(found::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("searching the audit trail failed", e);
        }
        return found;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
