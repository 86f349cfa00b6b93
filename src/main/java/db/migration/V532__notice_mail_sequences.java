package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sequences for the keys of notices and outbox mails (issue 3 benchmark): with identity keys Hibernate inserts each
 * row on its own round trip; with a sequence handing out 50 keys at a time it sends them in JDBC batches. The identity
 * defaults stay, so rows inserted by hand still get a key.
 */
public class V532__notice_mail_sequences extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = KeySequences.isPostgres(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : new String[]{"notice", "mail_outbox"}) {
                KeySequences.create(statement, postgres, table);
            }
        }
    }
}
