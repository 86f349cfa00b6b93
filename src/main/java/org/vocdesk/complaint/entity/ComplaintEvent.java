package org.vocdesk.complaint.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a complaint's timeline: what happened, who did it, when, and their comment. */
@Audited
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    public enum Kind {
        RECORDED, TRIAGED, INVALIDATED, FIRST_REPLY, INVESTIGATION_STARTED, CONFIRMATION_REQUESTED, CLOSED, REOPENED,
        REASSIGNED, DEADLINES_RECOMPUTED, ATTACHMENT_ADDED, CUSTOMER_REPLY, CUSTOMER_ACCEPTED, CLOSURE_APPROVED,
        WAITING_ON_CUSTOMER, CUSTOMER_WAIT_ENDED, TAKEN_OVER, DEADLINE_EXTENDED, VOIDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30)
    private ComplaintStatus toStatus;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, Instant occurredAt, String actor, Kind kind, ComplaintStatus from,
                   ComplaintStatus to, String comment) {
        this.complaint = complaint;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.comment = comment;
    }

    public Long getId() { return id; }

    public Instant getOccurredAt() { return occurredAt; }

    public String getActor() { return actor; }

    public Kind getKind() { return kind; }

    public ComplaintStatus getFromStatus() { return fromStatus; }

    public ComplaintStatus getToStatus() { return toStatus; }

    public String getComment() { return comment; }
}
