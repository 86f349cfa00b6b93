package org.vocdesk.closure.entity;

import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.platform.entity.Text;

import java.time.Instant;

/**
 * A reply as staff records it. {@code repliedAt} defaults to now; {@code language} is "zh-CN" (default) or "en";
 * {@code satisfaction} when the customer said how satisfied they are. {@code askCustomer} sends, by e-mail, the
 * link with which the customer confirms the closure (purpose RESULT) or answers the explanation of an invalid
 * complaint (INVALID_EXPLANATION). E-mail replies (channel EMAIL or askCustomer) go out through the mail outbox.
 */
public record ReplyInput(ReplyPurpose purpose, Channel channel, @Text(max = CustomerReply.TEXT_MAX, required = true) String text,
                         Instant repliedAt, @Text(max = 10) String language, Satisfaction satisfaction, boolean askCustomer) {
}
