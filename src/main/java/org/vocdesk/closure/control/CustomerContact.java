package org.vocdesk.closure.control;

import org.vocdesk.complaint.entity.Complaint;

import java.util.Map;
import java.util.Optional;

/** Whom a reply goes to, and the values of the reply templates' placeholders. */
public final class CustomerContact {

    private CustomerContact() {
    }

    /** The contact's own address, else the customer file's. */
    public static Optional<String> email(Complaint c) {
        if (c.getContactEmail() != null && !c.getContactEmail().isBlank()) {
            return Optional.of(c.getContactEmail().strip());
        }
        return Optional.ofNullable(c.getCustomer()).map(customer -> customer.getEmail()).filter(e -> e != null && !e.isBlank()).map(String::strip);
    }

    public static String name(Complaint c) {
        if (c.getContactName() != null) {
            return c.getContactName();
        }
        return c.getCustomer() == null ? "" : c.getCustomer().getName();
    }

    public static Map<String, String> templateValues(Complaint c) {
        return Map.of("number", c.getNumber(), "customer", name(c), "product", orEmpty(c.getProduct()),
                "resolution", orEmpty(c.getResolution()), "reason", orEmpty(c.getInvalidReason()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
