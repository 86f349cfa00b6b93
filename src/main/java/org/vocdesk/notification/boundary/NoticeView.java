package org.vocdesk.notification.boundary;

import java.time.Instant;

/** A notice as its reader sees it, with the reason and lateness in the reader's language. */
public record NoticeView(long id, String subjectType, long subjectId, String subjectRef, String link, String kind,
                         String level, String reason, Instant deadline, String deadlineText, long lateSeconds,
                         String lateText, Instant createdAt, Instant acknowledgedAt, String acknowledgedBy,
                         String comment, Long stepId, String recipientName) implements java.io.Serializable {

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
