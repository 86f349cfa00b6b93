package org.vocdesk.returns.entity;

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
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

/**
 * Compensation granted to the customer in product units (goods given free, as in the seed's "业代 12 瓶内;
 * 主管 48 瓶内"). Approved only by someone whose authority covers the units; the decision keeps who, in
 * which role, when and how many units.
 */
@Audited
@Entity
@Table(name = "compensation_claim")
public class CompensationClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_role", length = 30)
    private Role decidedRole;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approved_units")
    private Integer approvedUnits;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    @Version
    private long version;

    protected CompensationClaim() {
    }

    public CompensationClaim(long complaintId, Integer units, String reason, String actor, Instant now) {
        if (units == null || units < 1) {
            throw BusinessException.invalidField("units", "returns.error.units");
        }
        if (ReturnRequest.blank(reason)) {
            throw BusinessException.invalidField("reason", "returns.error.claimReasonRequired");
        }
        this.complaintId = complaintId;
        this.units = units;
        this.reason = reason.strip();
        this.status = ClaimStatus.REQUESTED;
        this.requestedBy = actor;
        this.requestedAt = now;
    }

    /**
     * Grants the units when the approver's authority covers them; otherwise refuses, naming the lowest role
     * (from neededRole) that could approve, and changes nothing.
     */
    public void approve(Authority approver, Role neededRole, String comment, Instant now) {
        requireOpen();
        if (!approver.covers(units)) {
            String needed = neededRole == null ? "NOBODY" : neededRole.name();
            throw BusinessException.forbidden("returns.compensation.aboveLimit." + needed, units, approver.limit());
        }
        decide(ClaimStatus.APPROVED, approver, comment, now);
        this.approvedUnits = units;
    }

    /** Any approver may refuse a claim, with the reason (refusing grants nothing, so no limit applies). */
    public void reject(Authority approver, String comment, Instant now) {
        requireOpen();
        if (ReturnRequest.blank(comment)) {
            throw BusinessException.invalidField("comment", "returns.error.rejectReasonRequired");
        }
        decide(ClaimStatus.REJECTED, approver, comment, now);
    }

    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw BusinessException.conflict("returns.error.changedMeanwhile");
        }
    }

    private void decide(ClaimStatus to, Authority approver, String comment, Instant now) {
        this.status = to;
        this.decidedBy = approver.username();
        this.decidedRole = approver.role();
        this.decidedAt = now;
        this.decisionComment = ReturnRequest.trimmed(comment);
    }

    private void requireOpen() {
        if (status != ClaimStatus.REQUESTED) {
            throw BusinessException.conflict("returns.error.claimDecided." + status);
        }
    }

    public Long getId() { return id; }

    public Long getComplaintId() { return complaintId; }

    public int getUnits() { return units; }

    public String getReason() { return reason; }

    public ClaimStatus getStatus() { return status; }

    public String getRequestedBy() { return requestedBy; }

    public Instant getRequestedAt() { return requestedAt; }

    public String getDecidedBy() { return decidedBy; }

    public Role getDecidedRole() { return decidedRole; }

    public Instant getDecidedAt() { return decidedAt; }

    public Integer getApprovedUnits() { return approvedUnits; }

    public String getDecisionComment() { return decisionComment; }

    public long getVersion() { return version; }
}
