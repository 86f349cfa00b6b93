package org.vocdesk.survey.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One transaction as given (a CSV row or a form): the customer's code, the order number, its date and the
 * optional quantity. {@link #checked} refuses what cannot be counted, naming the row.
 */
public record TransactionLine(String customerCode, String reference, LocalDate date, BigDecimal quantity) {

    public static final int REFERENCE_MAX = 60;
    /** Orders dated this far back are typing errors rather than history worth counting. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** The line trimmed and upper-cased where codes are; row 0 means a single entry (no row number in the message). */
    public TransactionLine checked(int row, LocalDate today) {
        if (customerCode == null || customerCode.isBlank()) {
            throw problem(row, "survey.transaction.customerMissing");
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > REFERENCE_MAX) {
            throw problem(row, "survey.transaction.referenceInvalid", REFERENCE_MAX);
        }
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(today.plusDays(1))) {
            throw problem(row, "survey.transaction.dateInvalid");
        }
        if (quantity != null && (quantity.signum() < 0 || quantity.scale() > 3 || quantity.precision() - quantity.scale() > 11)) {
            throw problem(row, "survey.transaction.quantityInvalid");
        }
        return new TransactionLine(customerCode.strip().toUpperCase(Locale.ROOT), reference.strip(), date, quantity);
    }

    static BusinessException problem(int row, String key, Object... arguments) {
        if (row <= 0) {
            return BusinessException.invalid(key, arguments);
        }
        Object[] withRow = new Object[arguments.length + 1];
        withRow[0] = row;
        System.arraycopy(arguments, 0, withRow, 1, arguments.length);
        return BusinessException.invalid(key + ".row", withRow);
    }
}
