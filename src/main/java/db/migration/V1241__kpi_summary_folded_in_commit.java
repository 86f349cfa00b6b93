package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.vocdesk.kpi.entity.SummaryColumn;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * On PostgreSQL a write of a complaint adds its share of the KPI summary as a row of kpi_change, which a deferred
 * trigger folds into kpi_month and kpi_month_customer inside COMMIT and then deletes. A summary row is thereby
 * locked only while the database commits: when the application added to it directly, the row stayed locked until the
 * application sent the COMMIT, and intakes of the same category queued behind a server thread waiting for a CPU
 * (bench/RESULTS.md, sessions 10 and 11). The rows live only inside their transaction, hence unlogged. H2 has no
 * deferred triggers and keeps adding directly (KpiSummaryStore). A migration that adds a summary column must replace
 * the function (it lists the columns of SummaryColumn).
 */
public class V1241__kpi_summary_folded_in_commit extends BaseJavaMigration {

    private static final String KEY = "month_start, department_id, category_id, priority";

    @Override
    public void migrate(Context context) throws SQLException {
        if (!KeySequences.isPostgres(context.getConnection())) {
            return;
        }
        String columns = Arrays.stream(SummaryColumn.values()).map(SummaryColumn::column).collect(Collectors.joining(", "));
        String values = Arrays.stream(SummaryColumn.values()).map(c -> "NEW." + c.column()).collect(Collectors.joining(", "));
        String increments = Arrays.stream(SummaryColumn.values())
                .map(c -> c.column() + " = kpi_month." + c.column() + " + EXCLUDED." + c.column()).collect(Collectors.joining(", "));
        String definitions = Arrays.stream(SummaryColumn.values()).map(c -> c.column() + " BIGINT NOT NULL").collect(Collectors.joining(", "));
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE UNLOGGED TABLE kpi_change (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " month_start TIMESTAMP NOT NULL, department_id BIGINT NOT NULL, category_id BIGINT NOT NULL,"
                    + " priority VARCHAR(10) NOT NULL, customer_id BIGINT NOT NULL, " + definitions + ")");
            statement.execute("CREATE FUNCTION fold_kpi_change() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                    + "    INSERT INTO kpi_month (" + KEY + ", " + columns + ") VALUES (NEW.month_start, NEW.department_id,"
                    + " NEW.category_id, NEW.priority, " + values + ")\n"
                    + "        ON CONFLICT (" + KEY + ") DO UPDATE SET " + increments + ";\n"
                    + "    IF NEW.customer_id <> 0 AND NEW.complaints <> 0 THEN\n"
                    + "        INSERT INTO kpi_month_customer (month_start, customer_id, complaints)"
                    + " VALUES (NEW.month_start, NEW.customer_id, NEW.complaints)\n"
                    + "            ON CONFLICT (month_start, customer_id) DO UPDATE SET complaints = kpi_month_customer.complaints"
                    + " + EXCLUDED.complaints;\n"
                    + "    END IF;\n"
                    + "    DELETE FROM kpi_change WHERE id = NEW.id;\n"
                    + "    RETURN NULL;\nEND $$");
            statement.execute("CREATE CONSTRAINT TRIGGER kpi_change_folded AFTER INSERT ON kpi_change"
                    + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fold_kpi_change()");
        }
    }
}
