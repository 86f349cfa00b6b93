package org.vocdesk.demo.control;

import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.MajorReason;
import org.vocdesk.complaint.entity.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A demo complaint as planned: what was recorded at intake (customerCode null for anonymous feedback or a
 * caller who is not in the customer file) and the handling steps in time order.
 */
public record DemoComplaint(Instant receivedAt, Instant recordedAt, String recordedBy, Channel channel,
                            FeedbackType type, String categoryCode, String customerCode, boolean anonymous,
                            String contactName, String contactPhone, String product, String orderNo, String batchNo,
                            Integer quantity, String words, String keyDetails, Urgency urgency,
                            Set<MajorReason> majorReasons, Lang lang, List<DemoStep> steps) {

    /** The status the steps lead to, as the entity will compute it. */
    public ComplaintStatus finalStatus() {
        ComplaintStatus status = ComplaintStatus.RECEIVED;
        for (DemoStep step : steps) {
            status = switch (step.kind()) {
                case TRIAGE_VALID -> ComplaintStatus.TRIAGED;
                case TRIAGE_INVALID -> ComplaintStatus.CLOSED_INVALID;
                case FIRST_REPLY -> status;
                case START_INVESTIGATION -> ComplaintStatus.INVESTIGATING;
                case REQUEST_CONFIRMATION -> ComplaintStatus.AWAITING_CONFIRMATION;
                case CLOSE -> ComplaintStatus.CLOSED;
            };
        }
        return status;
    }
}
