package org.vocdesk.publicfeedback.boundary;

import java.time.Instant;

/** What the customer is told after sending feedback: the acknowledgement number and when to expect a first reply. */
public record Receipt(String number, Instant firstReplyDue) implements java.io.Serializable {
}
