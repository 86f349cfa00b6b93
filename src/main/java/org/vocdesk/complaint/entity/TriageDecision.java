package org.vocdesk.complaint.entity;

import org.vocdesk.platform.entity.Text;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/**
 * The quality department's decision on new feedback: valid (with priority, major flags, responsible
 * department and handler) or not valid (with the explanation sent to the customer).
 */
public record TriageDecision(
        @NotNull Validity validity,
        Urgency priority,
        Set<MajorReason> majorReasons,
        Long categoryId,
        Long departmentId,
        Long handlerId,
        @Text(max = 4000) String invalidReason,
        @Text(max = 4000) String comment) {
}
