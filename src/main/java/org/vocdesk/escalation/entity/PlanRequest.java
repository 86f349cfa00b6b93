package org.vocdesk.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * "Plan the steps of this record": written in the transaction that changed its deadlines, deleted by the
 * planning. One left behind means planning never happened (a crash right after commit); the timer plans it.
 */
@Entity
@Table(name = "escalation_plan_request")
public class PlanRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected PlanRequest() {
    }

    public PlanRequest(String subjectType, long subjectId, Instant now) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.requestedAt = now;
    }

    public Long getId() { return id; }

    public String getSubjectType() { return subjectType; }

    public long getSubjectId() { return subjectId; }

    public Instant getRequestedAt() { return requestedAt; }
}
