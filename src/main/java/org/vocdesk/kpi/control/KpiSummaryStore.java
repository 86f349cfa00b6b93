package org.vocdesk.kpi.control;

import org.vocdesk.kpi.entity.SummaryColumn;
import org.vocdesk.kpi.entity.SummaryKey;
import org.vocdesk.kpi.entity.SummaryRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The monthly KPI summary in the database (kpi_month by month, department, category and priority; kpi_month_customer
 * by month and customer): adding a complaint's change to it, and rebuilding it from the complaints. Plain JDBC on the
 * caller's connection, so it runs inside the writing transaction and in the Flyway migration alike. Additions are
 * increments (PostgreSQL: a change row folded in by the database as the transaction commits; H2: UPDATE, else
 * INSERT), so concurrent writers never lose one.
 */
public final class KpiSummaryStore {

    private static final String KEY = "month_start, department_id, category_id, priority";
    private static final String COLUMNS = Arrays.stream(SummaryColumn.values()).map(SummaryColumn::column).collect(Collectors.joining(", "));

    private KpiSummaryStore() {
    }

    /** What a write changes in the summary: the share before taken off, the share after added (nothing when equal). */
    public static List<SummaryRow> changes(SummaryRow before, SummaryRow after) {
        if (before == null) {
            return after == null ? List.of() : List.of(after);
        }
        if (after == null) {
            return List.of(before.negated());
        }
        if (!before.key().equals(after.key())) {
            return List.of(before.negated(), after);
        }
        long[] difference = new long[after.values().length];
        boolean any = false;
        for (int i = 0; i < difference.length; i++) {
            difference[i] = after.values()[i] - before.values()[i];
            any |= difference[i] != 0;
        }
        return any ? List.of(new SummaryRow(after.key(), difference)) : List.of();
    }

    public static void add(Connection connection, List<SummaryRow> rows) {
        try {
            if (isPostgres(connection)) {
                addChanges(connection, rows);
                return;
            }
            for (SummaryRow row : rows) {
                addMonth(connection, row);
                long complaints = row.value(SummaryColumn.COMPLAINTS);
                if (row.key().customerId() != 0 && complaints != 0) {
                    addCustomer(connection, row.key(), complaints);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the KPI summary", e);
        }
    }

    /** PostgreSQL: the changes go in as rows that the database folds into the summary inside COMMIT (V1241). */
    private static void addChanges(Connection connection, List<SummaryRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kpi_change (" + KEY + ", customer_id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(SummaryColumn.values().length) + ")")) {
            for (SummaryRow row : rows) {
                bindKey(insert, 1, row.key());
                insert.setLong(5, row.key().customerId());
                bindValues(insert, 6, row.values());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** H2: an update of the group's row, else an insert of it. */
    private static void addMonth(Connection connection, SummaryRow row) throws SQLException {
        SummaryColumn[] columns = SummaryColumn.values();
        String increments = Arrays.stream(columns).map(c -> c.column() + " = " + c.column() + " + ?").collect(Collectors.joining(", "));
        String update = "UPDATE kpi_month SET " + increments + " WHERE month_start = ? AND department_id = ? AND category_id = ? AND priority = ?";
        if (execute(connection, update, row.values(), row.key()) == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kpi_month (" + KEY + ", " + COLUMNS + ") VALUES (?, ?, ?, ?"
                    + ", ?".repeat(columns.length) + ")")) {
                bindKey(insert, 1, row.key());
                bindValues(insert, 5, row.values());
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                // another transaction created the group meanwhile (H2 rolls back only this statement): add to it
                execute(connection, update, row.values(), row.key());
            }
        }
    }

    private static void addCustomer(Connection connection, SummaryKey key, long complaints) throws SQLException {
        Object month = LocalDateTime.ofInstant(key.month(), ZoneOffset.UTC);
        String update = "UPDATE kpi_month_customer SET complaints = complaints + ? WHERE month_start = ? AND customer_id = ?";
        if (customerUpdate(connection, update, month, key.customerId(), complaints) == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kpi_month_customer (month_start, customer_id, complaints) VALUES (?, ?, ?)")) {
                insert.setObject(1, month);
                insert.setLong(2, key.customerId());
                insert.setLong(3, complaints);
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                customerUpdate(connection, update, month, key.customerId(), complaints);
            }
        }
    }

    private static int customerUpdate(Connection connection, String update, Object month, long customer, long complaints) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, complaints);
            statement.setObject(2, month);
            statement.setLong(3, customer);
            return statement.executeUpdate();
        }
    }

    private static int execute(Connection connection, String update, long[] values, SummaryKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            bindValues(statement, 1, values);
            bindKey(statement, values.length + 1, key);
            return statement.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement statement, int first, SummaryKey key) throws SQLException {
        statement.setObject(first, LocalDateTime.ofInstant(key.month(), ZoneOffset.UTC));
        statement.setLong(first + 1, key.departmentId());
        statement.setLong(first + 2, key.categoryId());
        statement.setString(first + 3, key.priority());
    }

    private static void bindValues(PreparedStatement statement, int first, long[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setLong(first + i, values[i]);
        }
    }

    /**
     * Recomputes the whole summary from the complaints, a month at a time (the migration's backfill, and after rows
     * were written by hand, e.g. by the benchmark's generator). Must not run while complaints are being written.
     */
    public static void rebuild(Connection connection, ZoneId zone) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM kpi_month");
            statement.executeUpdate("DELETE FROM kpi_month_customer");
        }
        Instant first;
        Instant last;
        try (Statement statement = connection.createStatement();
             ResultSet range = statement.executeQuery("SELECT MIN(received_at), MAX(received_at) FROM complaint")) {
            range.next();
            LocalDateTime min = range.getObject(1, LocalDateTime.class);
            LocalDateTime max = range.getObject(2, LocalDateTime.class);
            if (min == null) {
                return;
            }
            first = min.toInstant(ZoneOffset.UTC);
            last = max.toInstant(ZoneOffset.UTC);
        }
        String sums = Arrays.stream(SummaryColumn.values()).map(SummaryColumn::sqlSum).collect(Collectors.joining(", "));
        String month = "INSERT INTO kpi_month (" + KEY + ", " + COLUMNS + ") SELECT ?, COALESCE(department_id, 0), category_id,"
                + " COALESCE(priority, '" + SummaryKey.NO_PRIORITY + "'), " + sums
                + " FROM complaint WHERE received_at >= ? AND received_at < ? AND status <> 'VOIDED' GROUP BY department_id, category_id, priority";
        String customers = "INSERT INTO kpi_month_customer (month_start, customer_id, complaints) SELECT ?, customer_id, COUNT(*)"
                + " FROM complaint WHERE received_at >= ? AND received_at < ? AND customer_id IS NOT NULL AND status <> 'VOIDED' GROUP BY customer_id";
        List<Instant> starts = new ArrayList<>();
        for (LocalDate m = first.atZone(zone).toLocalDate().withDayOfMonth(1); !m.atStartOfDay(zone).toInstant().isAfter(last); m = m.plusMonths(1)) {
            starts.add(m.atStartOfDay(zone).toInstant());
        }
        for (Instant start : starts) {
            Instant end = start.atZone(zone).toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant();
            for (String sql : List.of(month, customers)) {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setObject(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
                    insert.setObject(2, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
                    insert.setObject(3, LocalDateTime.ofInstant(end, ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
