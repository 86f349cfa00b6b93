package org.vocdesk.notification.entity;

import java.time.Instant;

/**
 * Fired inside the transaction that acknowledged a notice, so the feature that sent it can stop what no
 * longer applies in that same transaction (escalation: the higher levels of the acknowledged deadline).
 */
public record NoticeAcknowledged(long noticeId, Long stepId, String subjectType, long subjectId, String kind,
                                 String level, Instant deadline, String acknowledgedBy) {

    public static NoticeAcknowledged of(Notice notice) {
        return new NoticeAcknowledged(notice.getId(), notice.getStepId(), notice.getSubjectType(), notice.getSubjectId(),
                notice.getKind(), notice.getLevel(), notice.getDeadline(), notice.getAcknowledgedBy());
    }
}
