package org.vocdesk.customer.boundary;

import org.vocdesk.customer.entity.CustomerData;

/** The body of POST and PUT; {@code version} (optional) is the version the caller read, for PUT. */
public record CustomerInput(String code, String name, String address, String phone, String contactPerson,
                            String email, Integer transactionCount, String notes, Long version) {

    public CustomerData toData() {
        return new CustomerData(code, name, address, phone, contactPerson, email, transactionCount, notes);
    }
}
