package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.vocdesk.kpi.control.KpiSummaryStore;
import org.vocdesk.kpi.control.KpiZone;

/**
 * Fills the monthly KPI summary (V702) from the complaints already stored. Java because the months are those of the
 * company's zone (configuration vocdesk.zone), which SQL cannot read.
 */
public class V703__kpi_summary_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        KpiSummaryStore.rebuild(context.getConnection(), KpiZone.configured());
    }
}
