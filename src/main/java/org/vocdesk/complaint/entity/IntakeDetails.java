package org.vocdesk.complaint.entity;

import org.vocdesk.platform.entity.NotNegative;
import org.vocdesk.platform.entity.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Set;

/** Everything recorded at intake (domain.md section 1). Anonymous feedback has neither customer nor contact. */
public record IntakeDetails(
        @NotNull Channel channel,
        @NotNull FeedbackType type,
        @NotNull Long categoryId,
        Long customerId,
        boolean anonymous,
        @Text(max = 100) String contactName,
        @Text(max = 50) String contactPhone,
        @Email @Text(max = 200) String contactEmail,
        @Text(max = 100) String product,
        @Text(max = 60) String orderNo,
        @Text(max = 60) String batchNo,
        @NotNegative Integer quantityAffected,
        @Text(max = 20000, required = true) String customerWords,
        @Text(max = 4000) String keyDetails,
        @NotNull Urgency urgency,
        @NotNull Instant receivedAt,
        Set<MajorReason> majorReasons) {

    public Set<MajorReason> majorReasons() {
        return majorReasons == null ? Set.of() : majorReasons;
    }
}
