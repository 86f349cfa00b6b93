package org.vocdesk.closure.boundary;

import org.vocdesk.closure.entity.ConfirmationToken;
import org.vocdesk.closure.entity.CustomerAnswer;
import org.vocdesk.closure.entity.ReplyPurpose;
import org.vocdesk.closure.entity.Satisfaction;

import java.time.Instant;

/** The latest link sent to the customer and what became of it (never its secret). */
public record LinkView(ReplyPurpose purpose, String language, Instant sentAt, Instant expiresAt, Instant answeredAt,
                       CustomerAnswer answer, Satisfaction satisfaction, String comment, String state) {

    static LinkView of(ConfirmationToken t, Instant now) {
        String state = t.refusal(now).map(Enum::name).orElse("OPEN");
        return new LinkView(t.getPurpose(), t.getLanguage(), t.getCreatedAt(), t.getExpiresAt(), t.getUsedAt(), t.getAnswer(),
                t.getSatisfaction(), t.getComment(), state);
    }
}
