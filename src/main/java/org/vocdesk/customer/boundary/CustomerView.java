package org.vocdesk.customer.boundary;

import org.vocdesk.customer.entity.Customer;

import java.time.Instant;

/** A customer as REST callers see it; {@code version} goes back in PUT to detect concurrent changes. */
public record CustomerView(Long id, String code, String name, String address, String phone, String contactPerson,
                           String email, int transactionCount, String notes, boolean active, Instant createdAt,
                           Instant updatedAt, long version) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.getId(), c.getCode(), c.getName(), c.getAddress(), c.getPhone(), c.getContactPerson(),
                c.getEmail(), c.getTransactionCount(), c.getNotes(), c.isActive(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getVersion());
    }
}
