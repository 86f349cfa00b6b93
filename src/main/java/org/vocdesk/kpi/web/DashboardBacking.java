package org.vocdesk.kpi.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.ItemSelectEvent;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.kpi.boundary.Kpis;
import org.vocdesk.kpi.entity.Bar;
import org.vocdesk.kpi.entity.CampaignScore;
import org.vocdesk.kpi.entity.Dashboard;
import org.vocdesk.kpi.entity.KpiFigure;
import org.vocdesk.kpi.entity.KpiScope;
import org.vocdesk.kpi.entity.MatrixRow;
import org.vocdesk.kpi.entity.MonthFigures;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Labels;
import org.vocdesk.platform.web.LanguageBacking;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The managers' KPI dashboard: the scope lives in the URL (from, to, departmentId, customerId, categoryId); every
 * figure links to the ledger filtered to exactly the complaints it counts, charts through their itemSelect event.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    static final String LEDGER = "/app/complaints/ledger.xhtml";
    static final String PAGE = "/app/analysis/dashboard.xhtml";

    @Inject
    Kpis kpis;

    @Inject
    Complaints complaints;

    @Inject
    Labels labels;

    @Inject
    LanguageBacking language;

    private LocalDate from;
    private LocalDate to;
    private Long departmentId;
    private Long customerId;
    private Long categoryId;
    private transient Dashboard dashboard;
    private KpiScope scope;
    private List<Category> categories;
    private List<Department> departments;

    /** After the view parameters: the dashboard of the scope (default: the twelve months up to today). */
    public void load() {
        KpiScope defaults = KpiScope.lastTwelveMonths(kpis.today());
        try {
            scope = new KpiScope(from != null ? from : defaults.from(), to != null ? to : defaults.to(), departmentId, customerId, categoryId);
        } catch (BusinessException e) {
            FacesMessages.error(e);
            scope = defaults;
        }
        from = scope.from();
        to = scope.to();
        categories = complaints.categories(false);
        departments = complaints.departments();
    }

    public void apply() throws IOException {
        try {
            redirect(PAGE, new KpiScope(from, to, departmentId, customerId, categoryId).scopeQuery());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** The ledger listing a figure's complaints; null for the KPIs not counted over complaints (no query). */
    public String ledger(String query) {
        return query == null ? null : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + LEDGER + "?" + query;
    }

    public String customerLink(Bar bar) {
        return ledger(scope.ledgerQuery(null, Map.of("customerId", bar.id())));
    }

    public String overdueLink(Bar bar) {
        return bar.id() == null ? null : ledger(scope.backlogQuery(Criterion.OVERDUE, bar.id()));
    }

    public void onTrendSelect(ItemSelectEvent event) throws IOException {
        open(dashboard().report().months().get(event.getItemIndex()).ledgerQuery());
    }

    public void onParetoSelect(ItemSelectEvent event) throws IOException {
        open(ledgerQueryOf(dashboard().matrix().get(event.getItemIndex()), null));
    }

    public void onCustomerSelect(ItemSelectEvent event) throws IOException {
        open(scope.ledgerQuery(null, Map.of("customerId", dashboard().topCustomers().get(event.getItemIndex()).id())));
    }

    public void onOverdueSelect(ItemSelectEvent event) throws IOException {
        Bar bar = dashboard().overdueByDepartment().get(event.getItemIndex());
        if (bar.id() != null) {
            open(scope.backlogQuery(Criterion.OVERDUE, bar.id()));
        }
    }

    /** Loaded on first use and again after the view is restored (it is not kept with the view's state). */
    private Dashboard dashboard() {
        if (dashboard == null) {
            dashboard = kpis.dashboard(scope);
        }
        return dashboard;
    }

    private String ledgerQueryOf(MatrixRow row, Criterion criterion) {
        return scope.ledgerQuery(criterion, Map.of("categoryId", row.categoryId()));
    }

    private void open(String query) throws IOException {
        redirect(LEDGER, query);
    }

    private static void redirect(String path, String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path + (query.isEmpty() ? "" : "?" + query));
    }

    public String getTrendChart() {
        List<MonthFigures> months = dashboard().report().months();
        return ChartJson.bars(months.stream().map(m -> m.month().toString().substring(0, 7)).toList(),
                labels.get("kpi.dashboard.trendComplaints"), months.stream().map(MonthFigures::complaints).toList(), ChartJson.BLUE,
                List.of(new ChartJson.Line(labels.get("kpi.dashboard.trendReply"), months.stream().map(MonthFigures::onTimeReplyRate).toList(), ChartJson.GREEN),
                        new ChartJson.Line(labels.get("kpi.dashboard.trendHandling"), months.stream().map(MonthFigures::onTimeHandlingRate).toList(), ChartJson.ORANGE)),
                false);
    }

    public String getParetoChart() {
        List<MatrixRow> rows = dashboard().matrix();
        boolean chinese = language.isChinese();
        return ChartJson.bars(rows.stream().map(r -> chinese ? r.nameZh() : r.nameEn()).toList(), labels.get("kpi.COMPLAINTS.name"),
                rows.stream().map(MatrixRow::total).toList(), ChartJson.BLUE,
                List.of(new ChartJson.Line(labels.get("kpi.dashboard.paretoCumulative"), rows.stream().map(MatrixRow::cumulativePercent).toList(), ChartJson.RED)),
                false);
    }

    public String getCustomerChart() {
        List<Bar> bars = dashboard().topCustomers();
        return ChartJson.bars(bars.stream().map(Bar::label).toList(), labels.get("kpi.COMPLAINTS.name"),
                bars.stream().map(Bar::count).toList(), ChartJson.BLUE, List.of(), true);
    }

    public String getOverdueChart() {
        List<Bar> bars = dashboard().overdueByDepartment();
        return ChartJson.bars(bars.stream().map(b -> b.label() != null ? b.label() : labels.get("kpi.dashboard.notAssigned")).toList(),
                labels.get("kpi.OVERDUE_COMPLAINTS.name"), bars.stream().map(Bar::count).toList(), ChartJson.RED, List.of(), true);
    }

    public List<KpiFigure> getFigures() { return dashboard().report().figures(); }

    public List<CampaignScore> getCampaigns() { return dashboard().report().campaigns(); }

    public List<MatrixRow> getMatrix() { return dashboard().matrix(); }

    public List<Bar> getTopCustomers() { return dashboard().topCustomers(); }

    public List<Bar> getOverdueByDepartment() { return dashboard().overdueByDepartment(); }

    public KpiScope getScope() { return scope; }

    public int getFrequentPerMonth() { return kpis.frequentPerMonth(); }

    public List<Category> getCategories() { return categories; }

    public List<Department> getDepartments() { return departments; }

    public LocalDate getFrom() { return from; }

    public void setFrom(LocalDate from) { this.from = from; }

    public LocalDate getTo() { return to; }

    public void setTo(LocalDate to) { this.to = to; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }

    public Long getCustomerId() { return customerId; }

    public void setCustomerId(Long customerId) { this.customerId = customerId; }

    public Long getCategoryId() { return categoryId; }

    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
}
