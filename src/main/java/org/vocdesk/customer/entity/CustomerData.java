package org.vocdesk.customer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user may say about a customer, as entered (form, REST body or CSV row). {@link #problems()} lists
 * every broken rule at once, so a form or an import report can show all of them; the entity refuses data
 * that has any.
 */
public record CustomerData(String code, String name, String address, String phone, String contactPerson,
                           String email, Integer transactionCount, String notes) {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int PHONE_MAX = 50;
    public static final int CONTACT_MAX = 100;
    public static final int EMAIL_MAX = 200;
    public static final int NOTES_MAX = 2000;

    /** Letters (also Chinese) and digits plus . _ - /: codes come from ERP systems, but never with spaces. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._/-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-\\s.,/#*转分机extEXT]*");

    /** Trimmed, blanks as null, the code in upper case (codes are case-insensitive: c0001 is C0001). */
    public CustomerData normalized() {
        String c = clean(code);
        return new CustomerData(c == null ? null : c.toUpperCase(Locale.ROOT), clean(name), clean(address), clean(phone),
                clean(contactPerson), clean(email), transactionCount == null ? Integer.valueOf(0) : transactionCount, clean(notes));
    }

    /** Every broken rule of the normalized data, in field order. */
    public List<FieldProblem> problems() {
        CustomerData d = normalized();
        List<FieldProblem> problems = new ArrayList<>();
        if (d.code == null) {
            problems.add(FieldProblem.of("code", "customer.error.codeRequired"));
        } else if (d.code.length() > CODE_MAX || !CODE.matcher(d.code).matches()) {
            problems.add(FieldProblem.of("code", "customer.error.codeInvalid", CODE_MAX));
        }
        if (d.name == null) {
            problems.add(FieldProblem.of("name", "customer.error.nameRequired"));
        } else if (d.name.length() > NAME_MAX || hasControlCharacters(d.name)) {
            problems.add(FieldProblem.of("name", "customer.error.nameTooLong", NAME_MAX));
        }
        tooLong(problems, "address", d.address, ADDRESS_MAX);
        if (d.phone != null && (d.phone.length() > PHONE_MAX || !PHONE.matcher(d.phone).matches())) {
            problems.add(FieldProblem.of("phone", "customer.error.phoneInvalid", PHONE_MAX));
        }
        tooLong(problems, "contactPerson", d.contactPerson, CONTACT_MAX);
        if (d.email != null && (d.email.length() > EMAIL_MAX || !EMAIL.matcher(d.email).matches())) {
            problems.add(FieldProblem.of("email", "customer.error.emailInvalid"));
        }
        if (d.transactionCount < 0) {
            problems.add(FieldProblem.of("transactionCount", "customer.error.transactionsNegative"));
        }
        tooLong(problems, "notes", d.notes, NOTES_MAX);
        return problems;
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "customer.error.tooLong", max));
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
