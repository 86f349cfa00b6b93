package org.vocdesk.complaint.boundary;

import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.MajorReason;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.complaint.entity.Validity;

import java.time.Instant;
import java.util.Set;

/** A complaint as REST shows it. */
public record ComplaintView(Long id, String number, Instant receivedAt, Instant recordedAt, String recordedBy,
                            Channel channel, FeedbackType type, String categoryCode, Long customerId, String customerName,
                            boolean anonymous, String contactName, String contactPhone, String contactEmail,
                            String product, String orderNo, String batchNo, Integer quantityAffected,
                            String customerWords, String keyDetails, Urgency initialUrgency, Urgency priority,
                            ComplaintStatus status, Validity validity, String invalidReason, boolean major,
                            Set<MajorReason> majorReasons, Long departmentId, String departmentName, Long handlerId,
                            String handlerUsername, String repeatOf, String calendarCode, Instant firstReplyDue,
                            Instant responseDue, Instant firstRepliedAt, Instant closedAt, String resolution,
                            boolean overdue, boolean waitingOnCustomer) {

    static ComplaintView of(Complaint c, Instant now) {
        return new ComplaintView(c.getId(), c.getNumber(), c.getReceivedAt(), c.getRecordedAt(), c.getRecordedBy(),
                c.getChannel(), c.getType(), c.getCategory().getCode(),
                c.getCustomer() == null ? null : c.getCustomer().getId(), c.getCustomer() == null ? null : c.getCustomer().getName(),
                c.isAnonymous(), c.getContactName(), c.getContactPhone(), c.getContactEmail(), c.getProduct(), c.getOrderNo(),
                c.getBatchNo(), c.getQuantityAffected(), c.getCustomerWords(), c.getKeyDetails(), c.getInitialUrgency(),
                c.getPriority(), c.getStatus(), c.getValidity(), c.getInvalidReason(), c.isMajor(), c.getMajorReasons(),
                c.getDepartment() == null ? null : c.getDepartment().getId(),
                c.getDepartment() == null ? null : c.getDepartment().getName(),
                c.getHandler() == null ? null : c.getHandler().getId(),
                c.getHandler() == null ? null : c.getHandler().getUsername(),
                c.getRepeatOf() == null ? null : c.getRepeatOf().getNumber(), c.getCalendarCode(), c.getFirstReplyDue(),
                c.getResponseDue(), c.getFirstRepliedAt(), c.getClosedAt(), c.getResolution(), c.isOverdue(now),
                c.isWaitingOnCustomer());
    }
}
