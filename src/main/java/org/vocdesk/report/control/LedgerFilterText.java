package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.control.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ledger's filters as the report's frame prints them, in the reader's language: "Received from 2026-10-01;
 * Category Delivery; Status Closed". Ids are shown by name; the parameters were validated before (LedgerParams).
 */
@ApplicationScoped
public class LedgerFilterText {

    @PersistenceContext
    EntityManager em;

    public String of(Map<String, String> parameters, Locale locale) {
        List<String> parts = new ArrayList<>();
        parameters.forEach((name, value) -> {
            String text = part(name, value, locale);
            if (text != null) {
                parts.add(text);
            }
        });
        return String.join("; ", parts);
    }

    private String part(String name, String value, Locale locale) {
        return switch (name) {
            case "receivedFrom", "receivedTo", "q" -> label(locale, "report.filter." + name) + " " + value;
            case "customerId" -> label(locale, "complaint.field.customer") + " " + name(Customer.class, value, locale);
            case "categoryId" -> label(locale, "complaint.field.category") + " " + name(Category.class, value, locale);
            case "departmentId" -> label(locale, "complaint.field.department") + " " + name(Department.class, value, locale);
            case "handlerId" -> label(locale, "complaint.field.handler") + " " + name(AppUser.class, value, locale);
            case "type" -> label(locale, "complaint.field.type") + " " + label(locale, "complaint.type." + value.toUpperCase(Locale.ROOT));
            case "priority" -> label(locale, "complaint.field.priority") + " " + label(locale, "complaint.urgency." + value.toUpperCase(Locale.ROOT));
            case "status" -> label(locale, "complaint.field.status") + " " + label(locale, "complaint.status." + value.toUpperCase(Locale.ROOT));
            case "overdue", "major", "repeat" -> label(locale, "complaint.field." + name) + " "
                    + label(locale, Boolean.parseBoolean(value) ? "platform.common.yes" : "platform.common.no");
            case "criterion" -> label(locale, "complaint.ledger.criterion") + " " + label(locale, "complaint.criterion." + value.toUpperCase(Locale.ROOT));
            default -> null; // sort and order are not filters
        };
    }

    private String name(Class<?> type, String id, Locale locale) {
        Object found = em.find(type, Long.valueOf(id));
        if (found instanceof Category category) {
            return "zh".equals(locale.getLanguage()) ? category.getNameZh() : category.getNameEn();
        } else if (found instanceof Customer customer) {
            return customer.getName();
        } else if (found instanceof Department department) {
            return department.getName();
        } else if (found instanceof AppUser user) {
            return user.getDisplayName();
        }
        return "#" + id;
    }

    private static String label(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
