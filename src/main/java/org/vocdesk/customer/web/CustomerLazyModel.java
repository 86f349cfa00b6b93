package org.vocdesk.customer.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.vocdesk.customer.boundary.Customers;
import org.vocdesk.customer.entity.Customer;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One page of customers at a time, searched and sorted in the database. */
public class CustomerLazyModel extends LazyDataModel<Customer> {

    /** The current search text; serializable because the model lives in a view-scoped bean. */
    public interface SearchText extends Supplier<String>, Serializable {
    }

    private final Customers customers;
    private final SearchText text;

    public CustomerLazyModel(Customers customers, SearchText text) {
        this.customers = customers;
        this.text = text;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, customers.count(text.get()));
    }

    @Override
    public List<Customer> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return customers.search(text.get(), first, pageSize, sort(sortBy));
    }

    /** The first sort column in the boundary's notation ("name", "-name"). */
    static String sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField()).orElse(null);
    }

    @Override
    public String getRowKey(Customer customer) {
        return String.valueOf(customer.getId());
    }

    @Override
    public Customer getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(c -> String.valueOf(c.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
