package org.vocdesk.returns.boundary;

import org.vocdesk.returns.entity.CompensationClaim;

import java.time.Instant;

/** A compensation claim as REST callers see it: units are product units; the decision says who, as what, when. */
public record ClaimView(Long id, Long complaintId, int units, String reason, String status, String requestedBy,
                        Instant requestedAt, String decidedBy, String decidedRole, Instant decidedAt, Integer approvedUnits,
                        String decisionComment, long version) {

    static ClaimView of(CompensationClaim c) {
        return new ClaimView(c.getId(), c.getComplaintId(), c.getUnits(), c.getReason(), c.getStatus().name(),
                c.getRequestedBy(), c.getRequestedAt(), c.getDecidedBy(), ReturnView.name(c.getDecidedRole()),
                c.getDecidedAt(), c.getApprovedUnits(), c.getDecisionComment(), c.getVersion());
    }
}
