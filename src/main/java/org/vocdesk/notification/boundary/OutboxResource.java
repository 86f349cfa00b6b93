package org.vocdesk.notification.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.notification.entity.MailStatus;
import org.vocdesk.notification.entity.OutboxMail;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The e-mail outbox for the administrator: is SMTP configured, what is waiting, what fails and why. */
@Path("admin/outbox")
@Tag(name = "Outbox", description = "E-mail outbox (administrator)")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    public record MailRow(long id, String to, String subject, MailStatus status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt, Instant sentAt, String claimedBy) {
        static MailRow of(OutboxMail m) {
            return new MailRow(m.getId(), m.getTo(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getNextAttemptAt(),
                    m.getLastError(), m.getCreatedAt(), m.getSentAt(), m.getClaimedBy());
        }
    }

    public record OutboxView(boolean smtpConfigured, String smtp, long pending, long failing, long sent, List<MailRow> mails) {
    }

    @Inject
    MailOutbox outbox;

    @GET
    @Operation(summary = "SMTP configuration, counts and the latest mails; status = PENDING, SENDING or SENT to filter")
    public OutboxView get(@QueryParam("status") String status, @QueryParam("max") @DefaultValue("200") int max) {
        MailOutbox.Status s = outbox.status(parse(status), max);
        return new OutboxView(s.smtpConfigured(), s.smtp(), s.pending(), s.failing(), s.sent(),
                s.mails().stream().map(MailRow::of).toList());
    }

    private static MailStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("status", "notification.filter.invalid", status);
        }
    }
}
