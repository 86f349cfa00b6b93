package org.vocdesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The audit tables, read from the database's own catalogue (every table ending in _aud), so the sealer and the
 * verification cover each table Envers writes, including those of later migrations, without a list to keep.
 * Table names are only ever taken from here, never from a request.
 */
@ApplicationScoped
public class AuditTables {

    private static final String SUFFIX = "_aud";

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

    private volatile Map<String, AuditTable> byType;

    public Collection<AuditTable> all() {
        return tables().values();
    }

    /** The audit table of a record type (business table name, any case). */
    public Optional<AuditTable> of(String recordType) {
        return recordType == null ? Optional.empty() : Optional.ofNullable(tables().get(recordType.toLowerCase(Locale.ROOT)));
    }

    private Map<String, AuditTable> tables() {
        Map<String, AuditTable> found = byType;
        if (found == null) {
            try (Connection connection = dataSource.getConnection()) {
                found = discover(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the audit tables", e);
            }
            byType = found;
        }
        return found;
    }

    static Map<String, AuditTable> discover(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, AuditTable> found = new TreeMap<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(SUFFIX)) {
                    String type = lower.substring(0, lower.length() - SUFFIX.length());
                    found.put(type, new AuditTable(name, type, keyColumns(meta, connection.getCatalog(), schema, name)));
                }
            }
        }
        return found;
    }

    private static java.util.List<String> keyColumns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Short, String> ordered = new TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(catalog, schema, table)) {
            while (keys.next()) {
                String column = keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!column.equals("rev") && !column.equals("revtype")) {
                    ordered.put(keys.getShort("KEY_SEQ"), column);
                }
            }
        }
        return new ArrayList<>(ordered.values());
    }
}
