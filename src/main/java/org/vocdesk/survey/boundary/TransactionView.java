package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.CustomerTransaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded transaction (order) of a customer. */
public record TransactionView(long id, long customerId, String customerCode, String customerName, String reference, LocalDate date, BigDecimal quantity, String source,
                              Instant recordedAt, String recordedBy) {

    static TransactionView of(CustomerTransaction t, String code, String name) {
        return new TransactionView(t.getId(), t.getCustomerId(), code, name, t.getReference(), t.getDate(), t.getQuantity(), t.getSource().name(),
                t.getRecordedAt(), t.getRecordedBy());
    }
}
