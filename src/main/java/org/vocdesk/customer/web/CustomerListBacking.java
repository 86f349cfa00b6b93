package org.vocdesk.customer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import org.primefaces.component.datatable.DataTable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.customer.boundary.Customers;

import java.io.Serializable;

/** The customer list: a search box over a lazily loaded, paged and sorted table. */
@Named
@ViewScoped
public class CustomerListBacking implements Serializable {

    @Inject
    Customers customers;

    private String text;
    private CustomerLazyModel model;

    @PostConstruct
    void init() {
        model = new CustomerLazyModel(customers, this::getText);
    }

    /** A new search starts on the first page. */
    public void search() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("customers:table");
        if (table instanceof DataTable dataTable) {
            dataTable.reset();
        }
    }

    public CustomerLazyModel getModel() { return model; }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }

    public boolean isCanChange() {
        return CustomerRoles.canChange();
    }
}
