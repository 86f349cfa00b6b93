package org.vocdesk.closure.boundary;

import org.vocdesk.closure.entity.ConfirmationToken.Refusal;
import org.vocdesk.closure.entity.CustomerAnswer;
import org.vocdesk.closure.entity.ReplyPurpose;

import java.time.Instant;

/**
 * What the customer's link shows: the reply they were sent and what they may answer; or, when the link cannot
 * be used, why not (refusal, and nothing else about the complaint for an unknown link).
 */
public record ConfirmationView(Refusal refusal, String number, ReplyPurpose purpose, String language, String replyText,
                               Instant expiresAt, CustomerAnswer answer) {

    static ConfirmationView refused(Refusal refusal) {
        return new ConfirmationView(refusal, null, null, null, null, null, null);
    }

    public boolean usable() {
        return refusal == null;
    }
}
