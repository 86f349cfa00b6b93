package org.vocdesk.complaint.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.vocdesk.complaint.entity.Complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Readable, gap-free numbers per month: prefix + year-month + sequence, e.g. CF2025050001.
 * The counter row of the month is incremented inside the caller's transaction: the row lock serialises
 * concurrent writers on every server sharing the database, and a rolled-back intake gives its number back.
 * The lock is held until commit and every intake waits for it, so a new complaint is numbered as its transaction
 * commits, after everything else it writes (bench/RESULTS.md, session 7).
 */
@ApplicationScoped
public class ComplaintNumbers {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    @PersistenceContext
    EntityManager em;

    @Inject
    SequenceRows rows;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.complaint.number-prefix", defaultValue = "CF")
    String prefix;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** The month whose counter row is known to exist: rows are never deleted, so it is looked for once a month. */
    private volatile String rowExistsFor;

    /**
     * Numbers a complaint of this month, already persisted without a number, as the transaction commits: the
     * counter, the complaint row and its audit row are the last statements before the commit. Hibernate runs its
     * completion work in the order it was registered, so Envers' audit row and the KPI summary, registered when the
     * complaint was inserted, are written before the lock is taken. The caller sees the number once it has committed.
     */
    public void numberAtCommit(Complaint complaint) {
        Long id = Objects.requireNonNull(complaint.getId(), "persist the complaint first");
        String period = YearMonth.now(clock.withZone(ZoneId.of(zone))).format(PERIOD);
        if (!period.equals(rowExistsFor)) {
            ensureRow(period);
            rowExistsFor = period;
        }
        em.unwrap(SessionImplementor.class).getActionQueue().registerProcess(session -> session.doWork(connection -> {
            String database = databaseName(connection);
            Optional<String> number = database.contains("postgres")
                    ? numberInOneStatement(connection, period, id) : numberStepByStep(connection, database, period, id);
            complaint.assignNumber(number.orElseThrow(() -> {
                rowExistsFor = null;
                return new IllegalStateException("No counter row for " + period);
            }));
        }));
    }

    /**
     * The counter, the complaint and its audit row in one round trip: the counter's lock is held from here to the
     * commit, and under full load each further round trip inside it kept the next intakes waiting for a busy CPU to
     * come back to this one (bench/RESULTS.md, session 10). The number is padded as {@link #format} pads it.
     */
    private Optional<String> numberInOneStatement(Connection connection, String period, Long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                with counter as (
                    update complaint_sequence set last_value = last_value + 1 where period = ? returning last_value),
                numbered as (
                    update complaint
                    set number = (select ? || lpad(last_value::text, greatest(4, length(last_value::text)), '0') from counter)
                    where id = ? returning number),
                audited as (
                    update complaint_aud set number = (select number from numbered) where id = ? and number is null)
                select number from numbered where number is not null""")) {
            statement.setString(1, period);
            statement.setString(2, prefix + period);
            statement.setLong(3, id);
            statement.setLong(4, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }

    private Optional<String> numberStepByStep(Connection connection, String database, String period, Long id) throws SQLException {
        OptionalInt value = increment(connection, database, period);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String number = format(prefix, period, value.getAsInt());
        write(connection, "update complaint set number = ? where id = ?", number, id);
        // Envers wrote the creation's audit row before this, with the state at insert: no number yet
        write(connection, "update complaint_aud set number = ? where id = ? and number is null", number, id);
        return Optional.of(number);
    }

    /** The next number of a given month, taken now (historic records, e.g. demo data, are numbered in their own month). */
    public String next(YearMonth month) {
        String period = month.format(PERIOD);
        Session session = em.unwrap(Session.class);
        OptionalInt value = session.doReturningWork(connection -> increment(connection, databaseName(connection), period));
        if (value.isEmpty()) {
            ensureRow(period);
            value = session.doReturningWork(connection -> increment(connection, databaseName(connection), period));
        }
        return format(prefix, period, value.orElseThrow(() -> new IllegalStateException("No counter row for " + period)));
    }

    private void ensureRow(String period) {
        try {
            rows.ensure(period);
        } catch (EJBException createdConcurrently) {
            // another writer created the row first: it is there now
        }
    }

    /** At least four digits; String.format parsed its pattern on every intake (bench/RESULTS.md, session 8). */
    static String format(String prefix, String period, int value) {
        String digits = Integer.toString(value);
        return prefix + period + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    /**
     * The incremented value, in one round trip where the database can return it; plain JDBC, because Hibernate treats
     * a native UPDATE as a bulk change of unknown tables and invalidates its caches of every entity.
     */
    private static OptionalInt increment(Connection connection, String database, String period) throws SQLException {
        String increment = "update complaint_sequence set last_value = last_value + 1 where period = ?";
        String returning = database.contains("postgres") ? increment + " returning last_value"
                : database.contains("h2") ? "select last_value from final table (" + increment + ")" : null;
        if (returning != null) {
            return single(connection, returning, period);
        }
        try (PreparedStatement update = connection.prepareStatement(increment)) {
            update.setString(1, period);
            if (update.executeUpdate() == 0) {
                return OptionalInt.empty();
            }
        }
        return single(connection, "select last_value from complaint_sequence where period = ?", period);
    }

    private static String databaseName(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }

    private static void write(Connection connection, String sql, String number, Long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, number);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static OptionalInt single(Connection connection, String sql, String period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, period);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? OptionalInt.of(result.getInt(1)) : OptionalInt.empty();
            }
        }
    }
}
