package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sequences for the keys of notices and outbox mails (issue 3 benchmark): with identity keys Hibernate inserts each
 * row on its own round trip; with a sequence handing out 50 keys at a time it sends them in JDBC batches. Java rather
 * than SQL because each sequence must start above the keys already used, and H2 and PostgreSQL set a sequence from a
 * query differently. The identity defaults stay, so rows inserted by hand still get a key.
 */
public class V532__notice_mail_sequences extends BaseJavaMigration {

    /** Must equal the allocationSize of the entities' @SequenceGenerator (Hibernate checks it at start-up). */
    static final int INCREMENT = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : new String[]{"notice", "mail_outbox"}) {
                String sequence = table + "_seq";
                statement.execute("CREATE SEQUENCE " + sequence + " START WITH 1 INCREMENT BY " + INCREMENT);
                // Hibernate's pooled optimizer uses the block [value - 49, value]: start 50 above the highest key
                String start = "(SELECT COALESCE(MAX(id), 0) + " + (INCREMENT + 1) + " FROM " + table + ")";
                statement.execute(postgres ? "SELECT setval('" + sequence + "', " + start + ", false)"
                        : "ALTER SEQUENCE " + sequence + " RESTART WITH " + start);
            }
        }
    }
}
