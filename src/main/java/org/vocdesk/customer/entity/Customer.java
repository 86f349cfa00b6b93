package org.vocdesk.customer.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A customer in the customer file. Never deleted (complaints and surveys refer to it), only deactivated.
 * Keeps {@code searchKey}, a lower-cased copy of code, name, contact and phone, because an index on
 * {@code lower(name)} cannot be declared the same way on H2 and PostgreSQL.
 */
@Audited
@Entity
@Table(name = "customer")
public class Customer {

    public static final int SEARCH_KEY_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CustomerData.CODE_MAX)
    private String code;

    @Column(nullable = false, length = CustomerData.NAME_MAX)
    private String name;

    @Column(length = CustomerData.ADDRESS_MAX)
    private String address;

    @Column(length = CustomerData.PHONE_MAX)
    private String phone;

    @Column(name = "contact_person", length = CustomerData.CONTACT_MAX)
    private String contactPerson;

    @Column(length = CustomerData.EMAIL_MAX)
    private String email;

    @Column(name = "transaction_count", nullable = false)
    private int transactionCount;

    @Column(length = CustomerData.NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "search_key", nullable = false, length = SEARCH_KEY_MAX)
    private String searchKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(CustomerData data, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        describe(data, now);
    }

    /** Replaces everything the user may state about the customer; refuses data with any broken rule. */
    public final void describe(CustomerData data, Instant now) {
        List<FieldProblem> problems = data.problems();
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0);
            throw BusinessException.invalidField(first.field(), first.key(), first.argumentArray());
        }
        CustomerData d = data.normalized();
        this.code = d.code();
        this.name = d.name();
        this.address = d.address();
        this.phone = d.phone();
        this.contactPerson = d.contactPerson();
        this.email = d.email();
        this.transactionCount = d.transactionCount();
        this.notes = d.notes();
        this.searchKey = searchKeyOf(code, name, contactPerson, phone);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public void deactivate(Instant now) {
        if (active) {
            active = false;
            updatedAt = now;
        }
    }

    public void reactivate(Instant now) {
        if (!active) {
            active = true;
            updatedAt = now;
        }
    }

    /** The text a search matches against; the query text is lower-cased the same way. */
    static String searchKeyOf(String... parts) {
        String key = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return key.length() > SEARCH_KEY_MAX ? key.substring(0, SEARCH_KEY_MAX) : key;
    }

    public CustomerData data() {
        return new CustomerData(code, name, address, phone, contactPerson, email, transactionCount, notes);
    }

    public Long getId() { return id; }

    public String getCode() { return code; }

    public String getName() { return name; }

    public String getAddress() { return address; }

    public String getPhone() { return phone; }

    public String getContactPerson() { return contactPerson; }

    public String getEmail() { return email; }

    public int getTransactionCount() { return transactionCount; }

    public String getNotes() { return notes; }

    public boolean isActive() { return active; }

    public String getSearchKey() { return searchKey; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getUpdatedAt() { return updatedAt; }

    public long getVersion() { return version; }
}
