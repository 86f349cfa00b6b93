package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sequences that hand out a block of keys at a time, so that Hibernate sends new rows in JDBC batches instead of one
 * round trip per identity insert. Each starts above the keys its table already uses; H2 and PostgreSQL set a sequence
 * from a query differently.
 */
final class KeySequences {

    /** Must equal the allocationSize of the entities' @SequenceGenerator (Hibernate checks it at start-up). */
    static final int INCREMENT = 50;

    private KeySequences() {
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Creates TABLE_seq; returns its name. */
    static String create(Statement statement, boolean postgres, String table) throws SQLException {
        String sequence = table + "_seq";
        statement.execute("CREATE SEQUENCE " + sequence + " START WITH 1 INCREMENT BY " + INCREMENT);
        // Hibernate's pooled optimizer uses the block [value - 49, value]: start 50 above the highest key
        String start = "(SELECT COALESCE(MAX(id), 0) + " + (INCREMENT + 1) + " FROM " + table + ")";
        statement.execute(postgres ? "SELECT setval('" + sequence + "', " + start + ", false)"
                : "ALTER SEQUENCE " + sequence + " RESTART WITH " + start);
        return sequence;
    }
}
