package org.vocdesk.closure.control;

import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.signature.entity.CanonicalText;
import org.vocdesk.signature.entity.SignedSubject;

/**
 * What the general manager signs when approving the closure of a major complaint: the complaint's identity,
 * the customer's words, why it is major, who handled it and the resolution. Each reopening is a new revision,
 * so an approval covers one round of handling only.
 */
public final class ClosureContent {

    public static final String SUBJECT_TYPE = "COMPLAINT_CLOSURE";

    private ClosureContent() {
    }

    public static SignedSubject subject(Complaint c) {
        return new SignedSubject(SUBJECT_TYPE, c.getId(), c.closureRound());
    }

    public static CanonicalText of(Complaint c) {
        return CanonicalText.builder()
                .field("complaint.number", c.getNumber())
                .field("complaint.type", c.getType())
                .field("complaint.customerWords", c.getCustomerWords())
                .field("complaint.product", c.getProduct())
                .field("complaint.batch", c.getBatchNo())
                .list("complaint.majorReasons", c.getMajorReasons())
                .field("complaint.department", c.getDepartment() == null ? null : c.getDepartment().getCode())
                .field("complaint.handler", c.getHandler() == null ? null : c.getHandler().getUsername())
                .field("complaint.resolution", c.getResolution())
                .field("closure.round", c.closureRound())
                .build();
    }
}
