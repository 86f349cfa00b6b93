package org.vocdesk.notification.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * What another feature asks to tell one person. The reason is a message key rendered in the reader's
 * language with the arguments {0} subject reference, {1} label of {@code "escalation.kind." + kind},
 * {2} label of {@code "escalation.level." + level}, {3} the deadline. {@code stepId} makes the notice unique
 * per step and recipient (null for notices that are not escalation steps).
 */
public record NoticeRequest(long recipientId, Long stepId, String subjectType, long subjectId, String subjectRef,
                            String linkPath, String kind, String level, String reasonKey, Instant deadline) {

    public NoticeRequest {
        Objects.requireNonNull(subjectType);
        Objects.requireNonNull(subjectRef);
        Objects.requireNonNull(linkPath);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(level);
        Objects.requireNonNull(reasonKey);
        Objects.requireNonNull(deadline);
    }
}
