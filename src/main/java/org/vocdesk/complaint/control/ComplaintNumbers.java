package org.vocdesk.complaint.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Readable, gap-free numbers per month: prefix + year-month + sequence, e.g. CF2025050001.
 * The counter row of the month is incremented inside the caller's transaction: the row lock serialises
 * concurrent writers on every server sharing the database, and a rolled-back intake gives its number back.
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

    /** Must be called inside the transaction that stores the complaint, as late as possible (it holds a lock). */
    public String next() {
        return next(YearMonth.now(clock.withZone(ZoneId.of(zone))));
    }

    /** The next number of a given month (historic records, e.g. demo data, are numbered in their own month). */
    public String next(YearMonth month) {
        String period = month.format(PERIOD);
        OptionalInt value = increment(period);
        if (value.isEmpty()) {
            try {
                rows.ensure(period);
            } catch (EJBException createdConcurrently) {
                // another writer created the row first: it is there now
            }
            value = increment(period);
        }
        return format(prefix, period, value.orElseThrow(() -> new IllegalStateException("No counter row for " + period)));
    }

    static String format(String prefix, String period, int value) {
        return prefix + period + String.format("%04d", value);
    }

    /**
     * The incremented value, in one round trip where the database can return it; plain JDBC, because Hibernate treats
     * a native UPDATE as a bulk change of unknown tables and invalidates its caches of every entity.
     */
    private OptionalInt increment(String period) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
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
        });
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
