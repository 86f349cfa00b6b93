package org.vocdesk.closure.boundary;

import org.vocdesk.closure.entity.CustomerReply;
import org.vocdesk.closure.entity.FollowUp;
import org.vocdesk.closure.entity.Satisfaction;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.signature.boundary.SignatureCheck;

import java.util.List;

/**
 * Everything about a complaint's reply and closure: the replies, what still blocks the closure (in the reader's
 * language), the closure content the general manager signs and the signatures given (checked), the latest link to
 * the customer, the customer's satisfaction (latest said) and the follow-up check.
 */
public record ClosureView(long complaintId, String number, ComplaintStatus status, boolean major, int round, String customerEmail,
                          List<CustomerReply> replies, List<String> blockers, String closureContent, List<SignatureCheck> signatures,
                          LinkView link, Satisfaction satisfaction, FollowUp followUp) {

    public boolean mayClose() {
        return blockers.isEmpty();
    }
}
