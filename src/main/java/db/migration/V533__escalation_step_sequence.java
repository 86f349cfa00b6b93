package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keys of escalation steps from a sequence (issue 2 benchmark): planning a complaint adds about ten steps, which with
 * identity keys took ten round trips. The sequence also becomes the column's default, so rows inserted by hand (the
 * benchmark's generator) take keys from it too: each such key is the top of a block Hibernate never receives, so the
 * two never collide.
 */
public class V533__escalation_step_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = KeySequences.isPostgres(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            String sequence = KeySequences.create(statement, postgres, "escalation_step");
            statement.execute("ALTER TABLE escalation_step ALTER COLUMN id DROP IDENTITY");
            statement.execute("ALTER TABLE escalation_step ALTER COLUMN id SET DEFAULT "
                    + (postgres ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence));
            if (postgres) {
                statement.execute("ALTER SEQUENCE " + sequence + " OWNED BY escalation_step.id");
            }
        }
    }
}
