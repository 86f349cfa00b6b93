package org.vocdesk.capa.entity;

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

/**
 * One decision on the analysis or the measures: the department manager's signature or the quality
 * manager's review, approved or rejected with a reason. Kept as history; only decisions made after the
 * step's latest completion count. signatureId links the electronic signature that backs it.
 */
@Audited
@Entity
@Table(name = "capa_approval")
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private EightDReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApprovalSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApprovalStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApprovalOutcome outcome;

    @Column(name = "decided_by", nullable = false, length = 60)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(length = 4000)
    private String reason;

    @Column(name = "signature_id")
    private Long signatureId;

    protected Approval() {
    }

    Approval(EightDReport report, ApprovalSubject subject, ApprovalStage stage, ApprovalOutcome outcome, String decidedBy,
             Instant decidedAt, String reason, Long signatureId) {
        this.report = report;
        this.subject = subject;
        this.stage = stage;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
        this.signatureId = signatureId;
    }

    /** The electronic signature given with this decision. */
    public void backedBy(long signature) {
        this.signatureId = signature;
    }

    public Long getId() { return id; }

    public ApprovalSubject getSubject() { return subject; }

    public ApprovalStage getStage() { return stage; }

    public ApprovalOutcome getOutcome() { return outcome; }

    public String getDecidedBy() { return decidedBy; }

    public Instant getDecidedAt() { return decidedAt; }

    public String getReason() { return reason; }

    public Long getSignatureId() { return signatureId; }
}
