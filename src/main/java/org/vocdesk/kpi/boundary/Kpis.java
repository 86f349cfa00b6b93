package org.vocdesk.kpi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.kpi.control.KpiReports;
import org.vocdesk.kpi.control.MonthlyAnalyses;
import org.vocdesk.kpi.entity.MonthlyAnalysis;
import org.vocdesk.kpi.entity.Dashboard;
import org.vocdesk.kpi.entity.KpiReport;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.platform.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.vocdesk.identity.entity.Role.Names.*;

/** The KPIs and the dashboard, for managers and auditors; read-only. */
@Stateless
@RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class Kpis {

    static final int TOP_CUSTOMERS = 10;

    @Inject
    KpiReports reports;

    @Inject
    MonthlyAnalyses monthly;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    public KpiReport report(@NotNull KpiScope scope) {
        return report(scope, false);
    }

    /** recount: from the complaints themselves rather than the monthly summary (slower; the same figures). */
    public KpiReport report(@NotNull KpiScope scope, boolean recount) {
        return reports.report(scope, formats.zone(), clock.instant(), recount);
    }

    public Dashboard dashboard(@NotNull KpiScope scope) {
        return dashboard(scope, false);
    }

    public Dashboard dashboard(@NotNull KpiScope scope, boolean recount) {
        return new Dashboard(report(scope, recount), reports.matrix(scope, formats.zone(), clock.instant(), recount),
                reports.topCustomers(scope, formats.zone(), clock.instant(), TOP_CUSTOMERS, recount),
                reports.overdueByDepartment(scope, clock.instant()));
    }

    public MonthlyAnalysis monthly(@NotNull YearMonth month, Long departmentId) {
        return monthly.of(month, departmentId, formats.zone(), clock.instant());
    }

    /** How many complaints a month make a category frequent in the matrix. */
    public int frequentPerMonth() {
        return reports.frequentPerMonth();
    }

    /** Today in the company's zone (the default periods end today). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(formats.zone()));
    }
}
