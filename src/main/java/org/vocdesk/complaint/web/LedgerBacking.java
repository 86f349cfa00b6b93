package org.vocdesk.complaint.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.SortOrder;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.Criterion;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.control.ReceivedPeriod;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.customer.boundary.Customers;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.Formats;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The complaint ledger (顾客抱怨台帐): a filter bar over a lazily loaded table. The filter lives in the URL
 * (view parameters with the REST list's names), so a filtered ledger can be bookmarked and linked to, and
 * the export links carry the same query string.
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

    static final String PAGE = "/app/complaints/ledger.xhtml";

    @Inject
    Complaints complaints;

    @Inject
    Customers customers;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private Long customerId;
    private Customer customer;
    private Long categoryId;
    private FeedbackType type;
    private Urgency priority;
    private ComplaintStatus status;
    private Long departmentId;
    private Boolean overdue;
    private Boolean major;
    private Boolean repeat;
    private String q;
    private Criterion criterion;

    private List<Category> categories;
    private List<Department> departments;
    private LedgerLazyModel model;
    private String sortField = "receivedAt";
    private boolean ascending;

    @PostConstruct
    void init() {
        categories = complaints.categories(false);
        departments = complaints.departments();
        model = new LedgerLazyModel(complaints, this::filter);
    }

    /** After the view parameters are set: show the customer of customerId in the autocomplete. */
    public void load() {
        if (customerId != null && customer == null) {
            try {
                customer = customers.get(customerId);
            } catch (BusinessException unknown) {
                customer = null; // the filter still applies; the list is simply empty
            }
        }
    }

    public LedgerFilter filter() {
        return new LedgerFilter(ReceivedPeriod.from(receivedFrom, formats.zone()), ReceivedPeriod.until(receivedTo, formats.zone()),
                customer != null ? customer.getId() : customerId, categoryId, type, priority, status, departmentId, null,
                overdue, major, repeat, q == null || q.isBlank() ? null : q.strip()).withCriterion(criterion);
    }

    /** Search: reload the page with the filter in its URL. */
    public void search() throws IOException {
        redirect(query().toString());
    }

    public void reset() throws IOException {
        redirect("");
    }

    private void redirect(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PAGE + (query.isEmpty() ? "" : "?" + query));
    }

    LedgerQuery query() {
        return new LedgerQuery().add("receivedFrom", receivedFrom).add("receivedTo", receivedTo)
                .add("customerId", customer != null ? customer.getId() : customerId).add("categoryId", categoryId)
                .add("type", type).add("priority", priority).add("status", status).add("departmentId", departmentId)
                .add("overdue", overdue).add("major", major).add("repeat", repeat).add("q", q)
                .add("criterion", criterion);
    }

    /** The query string of the export links: the filter, the table's sort and the page's language. */
    public String exportQuery(String language) {
        return query().add("sort", sortField).add("order", ascending ? "asc" : "desc").add("lang", language).toString();
    }

    public void onSort(SortEvent event) {
        event.getSortBy().values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().ifPresent(s -> {
            sortField = LedgerLazyModel.sortName(s.getField());
            ascending = s.getOrder() == SortOrder.ASCENDING;
        });
    }

    public boolean overdue(LedgerRow row) {
        return row != null && row.isOverdue(now());
    }

    private Instant now() {
        return clock.instant();
    }

    public List<Customer> completeCustomer(String text) {
        return customers.search(text, Boolean.TRUE, 0, 15, "name");
    }

    public LedgerLazyModel getModel() { return model; }

    public List<Category> getCategories() { return categories; }

    public List<Department> getDepartments() { return departments; }

    public FeedbackType[] getTypes() { return FeedbackType.values(); }

    public Urgency[] getPriorities() { return Urgency.values(); }

    public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }

    public LocalDate getReceivedFrom() { return receivedFrom; }

    public void setReceivedFrom(LocalDate receivedFrom) { this.receivedFrom = receivedFrom; }

    public LocalDate getReceivedTo() { return receivedTo; }

    public void setReceivedTo(LocalDate receivedTo) { this.receivedTo = receivedTo; }

    public Long getCustomerId() { return customerId; }

    public void setCustomerId(Long customerId) { this.customerId = customerId; }

    public Customer getCustomer() { return customer; }

    /** Clearing the autocomplete clears the customer filter. */
    public void setCustomer(Customer customer) {
        this.customer = customer;
        this.customerId = customer == null ? null : customer.getId();
    }

    public Long getCategoryId() { return categoryId; }

    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }

    public FeedbackType getType() { return type; }

    public void setType(FeedbackType type) { this.type = type; }

    public Urgency getPriority() { return priority; }

    public void setPriority(Urgency priority) { this.priority = priority; }

    public ComplaintStatus getStatus() { return status; }

    public void setStatus(ComplaintStatus status) { this.status = status; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }

    public Boolean getOverdue() { return overdue; }

    public void setOverdue(Boolean overdue) { this.overdue = overdue; }

    public Boolean getMajor() { return major; }

    public void setMajor(Boolean major) { this.major = major; }

    public Boolean getRepeat() { return repeat; }

    public void setRepeat(Boolean repeat) { this.repeat = repeat; }

    /** The checkboxes: ticked means "only these", unticked means "any" (not "only the others"). */
    public boolean isOverdueOnly() { return Boolean.TRUE.equals(overdue); }

    public void setOverdueOnly(boolean only) { overdue = only ? Boolean.TRUE : null; }

    public boolean isMajorOnly() { return Boolean.TRUE.equals(major); }

    public void setMajorOnly(boolean only) { major = only ? Boolean.TRUE : null; }

    public boolean isRepeatOnly() { return Boolean.TRUE.equals(repeat); }

    public void setRepeatOnly(boolean only) { repeat = only ? Boolean.TRUE : null; }

    public String getQ() { return q; }

    public void setQ(String q) { this.q = q; }

    public Criterion getCriterion() { return criterion; }

    public void setCriterion(Criterion criterion) { this.criterion = criterion; }
}
