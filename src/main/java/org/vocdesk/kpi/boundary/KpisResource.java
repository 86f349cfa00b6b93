package org.vocdesk.kpi.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.kpi.entity.Bar;
import org.vocdesk.kpi.entity.CampaignScore;
import org.vocdesk.kpi.entity.Dashboard;
import org.vocdesk.kpi.entity.KpiFigure;
import org.vocdesk.kpi.entity.KpiReport;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.MatrixRow;
import org.vocdesk.kpi.entity.MonthFigures;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.control.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The KPIs over REST (managers and auditors, see {@link Kpis}). */
@Path("kpis")
@Tag(name = "KPIs", description = "Complaint KPIs for a period, department, customer, category")
@Produces(MediaType.APPLICATION_JSON)
public class KpisResource {

    /**
     * One KPI: value (percent, working hours, a count or a 0-100 survey score; null when there is nothing to measure), target, whether
     * it is met, counted of base, the definition in the caller's language, and the ledger queries behind it
     * (for /api/complaints?... or app/complaints/ledger.xhtml?...; null for the KPIs not counted over complaints:
     * CAPA_EFFECTIVENESS_RATE, SATISFACTION_SCORE).
     */
    public record FigureView(String kpi, String name, String definition, String unit, BigDecimal value, BigDecimal target,
                             Boolean onTarget, long counted, long base, String countedQuery, String baseQuery) {
    }

    /**
     * satisfactionByCampaign: the survey campaigns whose period overlaps from-to, by period, with the average score
     * of their valid responses (null when none); only customerId narrows them (department and category do not).
     */
    public record Report(LocalDate from, LocalDate to, Long departmentId, Long customerId, Long categoryId,
                         List<FigureView> figures, List<MonthFigures> months, List<CampaignScore> satisfactionByCampaign) {
    }

    /** The whole dashboard: the report, the frequency x urgency matrix (by frequency), top customers, overdue by department. */
    public record DashboardView(Report report, List<MatrixRow> matrix, List<Bar> topCustomers, List<Bar> overdueByDepartment) {
    }

    @Inject
    Kpis kpis;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The KPIs of the complaints received in a period",
            description = "from, to: yyyy-MM-dd in the company's zone, both included (default: the twelve months up to today); "
                    + "departmentId, customerId, categoryId narrow the scope. Rates are whole percent. "
                    + "recount=true counts from the complaints themselves instead of the monthly summary (slower, the same figures).")
    public Report report(@BeanParam ScopeParams params, @QueryParam("recount") boolean recount) {
        KpiScope scope = params.scope(kpis.today());
        return report(scope, kpis.report(scope, recount));
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "Everything the KPI dashboard shows, for the same scope parameters as the report")
    public DashboardView dashboard(@BeanParam ScopeParams params, @QueryParam("recount") boolean recount) {
        KpiScope scope = params.scope(kpis.today());
        Dashboard dashboard = kpis.dashboard(scope, recount);
        return new DashboardView(report(scope, dashboard.report()), dashboard.matrix(), dashboard.topCustomers(),
                dashboard.overdueByDepartment());
    }

    private Report report(KpiScope scope, KpiReport report) {
        Locale locale = RequestLocale.of(headers);
        return new Report(scope.from(), scope.to(), scope.departmentId(), scope.customerId(), scope.categoryId(),
                report.figures().stream().map(f -> view(f, locale)).toList(), report.months(), report.campaigns());
    }

    private static FigureView view(KpiFigure f, Locale locale) {
        String key = "kpi." + f.kpi().name();
        return new FigureView(f.kpi().name(), Messages.get(locale, key + ".name"), Messages.get(locale, key + ".definition"),
                f.kpi().unit().name(), f.value(), f.target(), f.onTarget(), f.counted(), f.base(), f.countedQuery(), f.baseQuery());
    }
}
