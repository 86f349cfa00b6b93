package org.vocdesk.complaint.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.customer.boundary.Customers;
import org.vocdesk.customer.entity.Customer;

/** Lets forms pick a customer by its id (autocomplete fields). */
@Named
@RequestScoped
public class CustomerConverter implements Converter<Customer> {

    @Inject
    Customers customers;

    @Override
    public Customer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return customers.get(Long.valueOf(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Customer customer) {
        return customer == null || customer.getId() == null ? "" : customer.getId().toString();
    }
}
