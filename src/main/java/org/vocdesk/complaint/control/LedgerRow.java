package org.vocdesk.complaint.control;

import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;

import java.time.Instant;

/** One line of the complaint ledger (顾客抱怨台帐), read straight from the query, never a loaded entity. */
public record LedgerRow(Long id, String number, Instant receivedAt, String customerCode, String customerName,
                        String contactName, boolean anonymous, Channel channel, FeedbackType type, String summary,
                        String categoryEn, String categoryZh, Urgency priority, Urgency initialUrgency,
                        ComplaintStatus status, String departmentName, String handlerName, Instant firstReplyDue,
                        Instant firstRepliedAt, Instant responseDue, Instant closedAt, boolean major, boolean repeat) {

    public Urgency effectivePriority() {
        return priority != null ? priority : initialUrgency;
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && (now.isAfter(responseDue) || firstRepliedAt == null && now.isAfter(firstReplyDue));
    }

    public String customerDisplay() {
        return customerName != null ? customerName : contactName;
    }

    public String category(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? categoryZh : categoryEn;
    }
}
