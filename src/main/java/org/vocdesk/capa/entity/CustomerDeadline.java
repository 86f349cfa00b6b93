package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.calendar.entity.WorkDuration;

/** A customer's own time for one 8D step (working time after the report is opened), instead of the default. */
@Audited
@Entity
@Table(name = "capa_customer_deadline")
public class CustomerDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Discipline discipline;

    @Column(name = "within_time", nullable = false, length = 20)
    private String within;

    @Version
    private long version;

    protected CustomerDeadline() {
    }

    public CustomerDeadline(long customerId, Discipline discipline, String within) {
        this.customerId = customerId;
        this.discipline = discipline;
        change(within);
    }

    public final void change(String newWithin) {
        WorkDuration.parse(newWithin); // refuses what could not be computed
        this.within = newWithin.strip();
    }

    public Long getId() { return id; }

    public long getCustomerId() { return customerId; }

    public Discipline getDiscipline() { return discipline; }

    public String getWithin() { return within; }
}
