package org.vocdesk.complaint.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.control.LedgerTotal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One page of the ledger at a time, filtered, sorted and counted in the database. */
public class LedgerLazyModel extends LazyDataModel<LedgerRow> {

    /** The page's current filter; serializable because the model lives in a view-scoped bean. */
    public interface CurrentFilter extends Supplier<LedgerFilter>, Serializable {
    }

    /** Table columns (row properties) by the ledger's sort names where they differ. */
    private static final Map<String, String> SORT_NAMES = Map.of("customerName", "customer", "categoryEn", "category",
            "categoryZh", "category", "effectivePriority", "priority");

    private final Complaints complaints;
    private final CurrentFilter filter;
    private String sortField = "receivedAt";
    private boolean ascending;
    private boolean totalExact = true;

    public LedgerLazyModel(Complaints complaints, CurrentFilter filter) {
        this.complaints = complaints;
        this.filter = filter;
    }

    /** Counting stops at ComplaintLedger.EXACT_TOTAL_LIMIT: counting a million rows costs more than the page itself. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        LedgerTotal total = complaints.ledgerTotal(filter.get());
        totalExact = total.exact();
        return (int) total.count();
    }

    /** False when more rows match than were counted: the page then says "10,000+". */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public List<LedgerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().ifPresent(s -> {
            sortField = sortName(s.getField());
            ascending = s.getOrder() == SortOrder.ASCENDING;
        });
        return complaints.ledger(filter.get(), first, pageSize, sortField, ascending);
    }

    static String sortName(String field) {
        return field == null ? "receivedAt" : SORT_NAMES.getOrDefault(field, field);
    }

    /** The sort of the last page shown, so exports come in the same order. */
    public String getSortField() {
        return sortField;
    }

    public boolean isAscending() {
        return ascending;
    }

    @Override
    public String getRowKey(LedgerRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public LedgerRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
