package org.vocdesk.complaint.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A stretch of time in which the complaint waited on the customer (missing information, a sample to be sent
 * back): its deadlines do not run meanwhile. Open (no end) while the complaint still waits.
 */
@Audited
@Entity
@Table(name = "complaint_customer_wait")
public class CustomerWait {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(length = 4000)
    private String reason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 60)
    private String endedBy;

    protected CustomerWait() {
    }

    CustomerWait(Complaint complaint, String actor, String reason, Instant now) {
        this.complaint = complaint;
        this.startedBy = actor;
        this.reason = reason;
        this.startedAt = now;
    }

    void end(String actor, Instant now) {
        this.endedBy = actor;
        this.endedAt = now.isBefore(startedAt) ? startedAt : now;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Pause pause() {
        return new Pause(startedAt, endedAt);
    }

    public Long getId() { return id; }

    public Instant getStartedAt() { return startedAt; }

    public String getStartedBy() { return startedBy; }

    public String getReason() { return reason; }

    public Instant getEndedAt() { return endedAt; }

    public String getEndedBy() { return endedBy; }
}
