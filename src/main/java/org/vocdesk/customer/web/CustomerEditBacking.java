package org.vocdesk.customer.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.customer.boundary.Customers;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.customer.entity.FieldProblem;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Creates a customer (no id) or shows and edits one (?id=). */
@Named
@ViewScoped
public class CustomerEditBacking implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String FORM = "customer-form:";
    private static final String LIST = "/app/customers/list?faces-redirect=true";

    @Inject
    Customers customers;

    private Long id;
    private long version;
    private boolean active = true;
    private String code;
    private String name;
    private String address;
    private String phone;
    private String contactPerson;
    private String email;
    private Integer transactionCount = 0;
    private String notes;
    private String createdAt;
    private String updatedAt;

    /** viewAction: loads the customer named by ?id= (on the first request only, not on postbacks). */
    public void load() {
        if (id != null) {
            show(customers.get(id));
        }
    }

    public String save() {
        CustomerData data = new CustomerData(code, name, address, phone, contactPerson, email, transactionCount, notes);
        List<FieldProblem> problems = data.problems();
        if (!problems.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            problems.forEach(p -> faces.addMessage(FORM + p.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(faces.getViewRoot().getLocale(), p.key(), p.argumentArray()), null)));
            faces.validationFailed();
            return null;
        }
        Customer saved = id == null ? customers.create(data) : customers.update(id, data, version);
        FacesMessages.info(id == null ? "customer.edit.created" : "customer.edit.saved", saved.getCode());
        return "/app/customers/edit?faces-redirect=true&id=" + saved.getId();
    }

    public void deactivate() {
        show(customers.deactivate(id));
        FacesMessages.info("customer.edit.deactivated", code);
    }

    public void reactivate() {
        show(customers.reactivate(id));
        FacesMessages.info("customer.edit.reactivated", code);
    }

    public String back() {
        return LIST;
    }

    private void show(Customer c) {
        id = c.getId();
        version = c.getVersion();
        active = c.isActive();
        code = c.getCode();
        name = c.getName();
        address = c.getAddress();
        phone = c.getPhone();
        contactPerson = c.getContactPerson();
        email = c.getEmail();
        transactionCount = c.getTransactionCount();
        notes = c.getNotes();
        createdAt = format(c.getCreatedAt());
        updatedAt = format(c.getUpdatedAt());
    }

    private static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public boolean isCanChange() { return CustomerRoles.canChange(); }

    public boolean isNew() { return id == null; }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public boolean isActive() { return active; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getAddress() { return address; }

    public void setAddress(String address) { this.address = address; }

    public String getPhone() { return phone; }

    public void setPhone(String phone) { this.phone = phone; }

    public String getContactPerson() { return contactPerson; }

    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public Integer getTransactionCount() { return transactionCount; }

    public void setTransactionCount(Integer transactionCount) { this.transactionCount = transactionCount; }

    public String getNotes() { return notes; }

    public void setNotes(String notes) { this.notes = notes; }

    public String getCreatedAt() { return createdAt; }

    public String getUpdatedAt() { return updatedAt; }
}
