package org.vocdesk.audit.control;

import org.vocdesk.audit.entity.AuditRow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TimeZone;

/**
 * Reads audit rows as canonical text, the same on H2 and PostgreSQL and in every JVM time zone: timestamps as
 * the stored local date-time (UTC by the persistence settings), numbers without trailing zeros, booleans as
 * true/false, bytes as hex. The sealer and the verification both read through here, so they agree by construction.
 */
public final class AuditRows {

    private static final TimeZone UTC_ZONE = TimeZone.getTimeZone(ZoneOffset.UTC);

    private AuditRows() {
    }

    /** The rows the given revisions wrote into one table, by revision. */
    public static Map<Long, List<AuditRow>> ofRevisions(Connection connection, AuditTable table, Collection<Long> revisions)
            throws SQLException {
        Map<Long, List<AuditRow>> byRevision = new HashMap<>();
        if (revisions.isEmpty()) {
            return byRevision;
        }
        StringJoiner marks = new StringJoiner(",", "(", ")");
        revisions.forEach(r -> marks.add("?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table.sqlName() + " WHERE rev IN " + marks)) {
            int i = 1;
            for (Long revision : revisions) {
                select.setLong(i++, revision);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byRevision.computeIfAbsent(rows.getLong("rev"), r -> new ArrayList<>()).add(row(rows, table));
                }
            }
        }
        return byRevision;
    }

    /** One row in canonical form, without its rev (the revision it belongs to is hashed as the revision). */
    public static AuditRow row(ResultSet rows, AuditTable table) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
            if (!name.equals("rev")) {
                fields.put(name, text(rows, column, meta.getColumnType(column)));
            }
        }
        StringJoiner key = new StringJoiner("/");
        table.keyColumns().forEach(column -> key.add(String.valueOf(fields.get(column))));
        return new AuditRow(table.recordType(), key.toString(), fields);
    }

    static String text(ResultSet rows, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP -> storedDateTime(rows, column);
            case Types.DATE -> rows.getObject(column, LocalDate.class);
            case Types.TIME -> rows.getObject(column, LocalTime.class);
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal number = rows.getBigDecimal(column);
                yield number == null ? null : number.stripTrailingZeros().toPlainString();
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean flag = rows.getBoolean(column);
                yield rows.wasNull() ? null : Boolean.toString(flag);
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rows.getBytes(column);
                yield bytes == null ? null : HexFormat.of().formatHex(bytes);
            }
            default -> rows.getString(column);
        };
        return value == null ? null : value.toString();
    }

    /**
     * The stored date-time as getObject(column, LocalDateTime.class) reads it, through the JDBC 2 call: the
     * application server's connection pool answers the JDBC 4.1 getObject(int, Class) by reflection on every value,
     * which made it the sealer's largest cost. Read against UTC (no gaps, no overlaps), the instant maps back to
     * exactly the stored date-time whatever the JVM's zone.
     */
    private static LocalDateTime storedDateTime(ResultSet rows, int column) throws SQLException {
        Timestamp stored = rows.getTimestamp(column, Calendar.getInstance(UTC_ZONE));
        return stored == null ? null : LocalDateTime.ofInstant(stored.toInstant(), ZoneOffset.UTC);
    }
}
