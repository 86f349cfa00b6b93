package org.vocdesk.publicfeedback.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.platform.entity.Text;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;

/**
 * What a customer sends on the public page or to {@code POST /api/public/feedback}. The limits keep every
 * value inside the complaint's columns: name and company together become the contact name (100).
 * {@code website} is the honeypot: people never see it, so only robots fill it in.
 */
@ContactGiven
public record FeedbackForm(
        @NotNull(message = "{public.error.typeRequired}") FeedbackType type,
        @NotNull(message = "{public.error.categoryRequired}") Long categoryId,
        @Text(max = 45, message = "{public.error.tooLong}") String name,
        @Text(max = 50, message = "{public.error.tooLong}") String company,
        @Text(max = 50, message = "{public.error.tooLong}") String phone,
        @Email(message = "{public.error.emailInvalid}") @Text(max = 200, message = "{public.error.tooLong}") String email,
        boolean anonymous,
        @Text(max = 100, message = "{public.error.tooLong}") String product,
        @Text(max = 60, message = "{public.error.tooLong}") String orderNo,
        @Text(max = 60, message = "{public.error.tooLong}") String batchNo,
        @Text(max = 5000, required = true, requiredMessage = "{public.error.descriptionRequired}", message = "{public.error.tooLong}") String description,
        Urgency urgency,
        String website) implements java.io.Serializable {

    /** Whom to reply to: "name (company)", either alone, or null. */
    public String contactName() {
        String n = stripped(name);
        String c = stripped(company);
        if (n == null) {
            return c;
        }
        return c == null ? n : n + " (" + c + ")";
    }

    /** The customer's view of how urgent it is; medium when they did not say. */
    public Urgency urgencyOrDefault() {
        return urgency == null ? Urgency.MEDIUM : urgency;
    }

    public boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
