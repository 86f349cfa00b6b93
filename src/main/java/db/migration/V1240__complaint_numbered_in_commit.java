package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new complaint waits for its number with the number's prefix and month on its row (number_prefix). On PostgreSQL a
 * deferred constraint trigger gives the number inside COMMIT: the month's counter row is then locked only while the
 * database commits, never while a busy application server gets round to sending the COMMIT (bench/RESULTS.md,
 * sessions 10 and 11). H2 has no deferred triggers; there the application numbers the complaint just before the
 * commit (ComplaintNumbers).
 */
public class V1240__complaint_numbered_in_commit extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE complaint ADD COLUMN number_prefix VARCHAR(30)");
            if (!KeySequences.isPostgres(context.getConnection())) {
                return;
            }
            // the padding is ComplaintNumbers.format's: at least four digits
            statement.execute("""
                    CREATE FUNCTION number_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
                    DECLARE
                        month_key CONSTANT VARCHAR(6) := right(NEW.number_prefix, 6);
                        next_value INTEGER;
                        given VARCHAR(30);
                    BEGIN
                        UPDATE complaint_sequence SET last_value = last_value + 1 WHERE period = month_key
                            RETURNING last_value INTO next_value;
                        IF next_value IS NULL THEN
                            RAISE EXCEPTION 'No complaint number counter for month %', month_key;
                        END IF;
                        given := NEW.number_prefix || lpad(next_value::text, greatest(4, length(next_value::text)), '0');
                        UPDATE complaint SET number = given, number_prefix = NULL WHERE id = NEW.id;
                        -- Envers wrote the creation's audit row with the state at insert: no number yet
                        UPDATE complaint_aud SET number = given WHERE id = NEW.id AND number IS NULL;
                        RETURN NULL;
                    END $$""");
            statement.execute("""
                    CREATE CONSTRAINT TRIGGER complaint_numbered AFTER INSERT ON complaint
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                    WHEN (NEW.number IS NULL AND NEW.number_prefix IS NOT NULL) EXECUTE FUNCTION number_complaint()""");
        }
    }
}
