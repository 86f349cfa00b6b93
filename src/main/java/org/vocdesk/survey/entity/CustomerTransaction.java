package org.vocdesk.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One order of a customer on its date: what makes a customer eligible for a campaign ("at least 3 transactions
 * in the period"). The order number identifies it, so an overlapping export imported again updates the row.
 */
@Audited
@Entity
@Table(name = "customer_transaction")
public class CustomerTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(nullable = false, length = TransactionLine.REFERENCE_MAX)
    private String reference;

    @Column(name = "transaction_date", nullable = false)
    private LocalDate date;

    @Column(precision = 14, scale = 3)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransactionSource source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected CustomerTransaction() {
    }

    public CustomerTransaction(long customerId, TransactionLine line, TransactionSource source, String recordedBy, Instant now) {
        this.customerId = customerId;
        this.reference = line.reference();
        update(line, source, recordedBy, now);
    }

    /** The same order seen again (a later export): its date and quantity are the latest known. */
    public final void update(TransactionLine line, TransactionSource source, String recordedBy, Instant now) {
        this.date = line.date();
        this.quantity = line.quantity();
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() { return id; }

    public Long getCustomerId() { return customerId; }

    public String getReference() { return reference; }

    public LocalDate getDate() { return date; }

    public BigDecimal getQuantity() { return quantity; }

    public TransactionSource getSource() { return source; }

    public Instant getRecordedAt() { return recordedAt; }

    public String getRecordedBy() { return recordedBy; }
}
