package org.vocdesk.complaint.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.vocdesk.complaint.entity.Complaint;

import javax.sql.DataSource;
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
import java.util.OptionalInt;

/**
 * Readable, gap-free numbers per month: prefix + year-month + sequence, e.g. CF2025050001.
 * The counter row of the month is incremented inside the recording transaction: the row lock serialises
 * concurrent writers on every server sharing the database, and a rolled-back intake gives its number back.
 * The lock is held until commit and every intake waits for it, so a new complaint is numbered as its transaction
 * commits, after everything else it writes (bench/RESULTS.md, sessions 7 and 11): on PostgreSQL by a deferred
 * trigger inside the COMMIT itself (migration V1240), on H2 by the application just before the commit.
 */
@ApplicationScoped
public class ComplaintNumbers {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");
    private static final int PERIOD_LENGTH = 6;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/vocdesk")
    DataSource dataSource;

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

    /** Whether the database numbers complaints as they commit (PostgreSQL's deferred trigger); asked once. */
    private volatile Boolean numberedByDatabase;

    /** Makes a new complaint, before it is persisted, wait for the next number of this month (see numberAtCommit). */
    public void awaitNumber(Complaint complaint) {
        String period = YearMonth.now(clock.withZone(ZoneId.of(zone))).format(PERIOD);
        if (!period.equals(rowExistsFor)) {
            ensureRow(period);
            rowExistsFor = period;
        }
        complaint.awaitNumber(prefix + period);
    }

    /**
     * Numbers a complaint waiting for its number (awaitNumber), now persisted and flushed, as the transaction commits.
     * PostgreSQL's trigger does so inside the COMMIT. On H2 the counter, the complaint row and its audit row are the
     * last statements before the commit: Hibernate runs its completion work in the order it was registered, so
     * Envers' audit row and the KPI summary, registered when the complaint was inserted, are written before the lock
     * is taken. The caller reads the number once the transaction has committed (given).
     */
    public void numberAtCommit(Complaint complaint) {
        Long id = Objects.requireNonNull(complaint.getId(), "persist the complaint first");
        String prefixAndPeriod = Objects.requireNonNull(complaint.getNumberPrefix(), "the complaint awaits no number");
        if (numberedByDatabase()) {
            return;
        }
        String period = prefixAndPeriod.substring(prefixAndPeriod.length() - PERIOD_LENGTH);
        em.unwrap(SessionImplementor.class).getActionQueue().registerProcess(session -> session.doWork(connection -> {
            OptionalInt value = increment(connection, databaseName(connection), period);
            if (value.isEmpty()) {
                rowExistsFor = null;
                throw new IllegalStateException("No counter row for " + period);
            }
            String number = format(prefixAndPeriod, value.getAsInt());
            write(connection, "update complaint set number = ?, number_prefix = null where id = ?", number, id);
            // Envers wrote the creation's audit row before this, with the state at insert: no number yet
            write(connection, "update complaint_aud set number = ? where id = ? and number is null", number, id);
            complaint.assignNumber(number);
        }));
    }

    /** After the recording transaction has committed: the complaint with the number the commit gave it. */
    public Complaint given(Complaint complaint) {
        if (complaint.getNumber() != null) {
            return complaint;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select number from complaint where id = ?")) {
            select.setLong(1, complaint.getId());
            try (ResultSet result = select.executeQuery()) {
                if (!result.next() || result.getString(1) == null) {
                    throw new IllegalStateException("Complaint " + complaint.getId() + " was committed without a number");
                }
                complaint.assignNumber(result.getString(1));
                return complaint;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the number of complaint " + complaint.getId(), e);
        }
    }

    private boolean numberedByDatabase() {
        Boolean numbered = numberedByDatabase;
        if (numbered == null) {
            numbered = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                    instanceof PostgreSQLDialect;
            numberedByDatabase = numbered;
        }
        return numbered;
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
        return format(prefix + period, value.orElseThrow(() -> new IllegalStateException("No counter row for " + period)));
    }

    private void ensureRow(String period) {
        try {
            rows.ensure(period);
        } catch (EJBException createdConcurrently) {
            // another writer created the row first: it is there now
        }
    }

    /** At least four digits; String.format parsed its pattern on every intake (bench/RESULTS.md, session 8). */
    static String format(String prefixAndPeriod, int value) {
        String digits = Integer.toString(value);
        return prefixAndPeriod + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
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
