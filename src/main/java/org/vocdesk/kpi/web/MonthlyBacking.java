package org.vocdesk.kpi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.kpi.boundary.Kpis;
import org.vocdesk.kpi.entity.KpiFigure;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.MonthlyAnalysis;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The monthly feedback analysis (客户反馈分析月报) of ?month=yyyy-MM (default: this month), optionally one department. */
@Named
@ViewScoped
public class MonthlyBacking implements Serializable {

    @Inject
    Kpis kpis;

    @Inject
    Complaints complaints;

    private String month;
    private Long departmentId;
    private transient MonthlyAnalysis analysis;
    private List<Department> departments;

    public void load() {
        YearMonth chosen = YearMonth.from(kpis.today());
        try {
            if (month != null && !month.isBlank()) {
                chosen = YearMonth.parse(month.strip());
            }
        } catch (DateTimeParseException e) {
            FacesMessages.error("kpi.parameter.invalid", "month", month);
        }
        month = chosen.toString();
        analysis = kpis.monthly(chosen, departmentId);
        departments = complaints.departments();
    }

    /** The previous month's figure of the same KPI. */
    public KpiFigure previous(KpiFigure current) {
        return analysis.previous().figure(current.kpi());
    }

    /** The change against the previous month, or null when either has no value. */
    public BigDecimal change(KpiFigure current) {
        BigDecimal before = previous(current).value();
        return current.value() == null || before == null ? null : current.value().subtract(before);
    }

    /** The ledger listing a figure's complaints; null for the KPIs not counted over complaints (no query). */
    public String ledger(String query) {
        return query == null ? null : jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + DashboardBacking.LEDGER + "?" + query;
    }

    public YearMonth getPreviousMonth() { return analysis.month().minusMonths(1); }

    public YearMonth getNextMonth() { return analysis.month().plusMonths(1); }

    public KpiScope getScope() { return analysis.current().scope(); }

    public MonthlyAnalysis getAnalysis() { return analysis; }

    public List<Department> getDepartments() { return departments; }

    public String getMonth() { return month; }

    public void setMonth(String month) { this.month = month; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
}
