package org.vocdesk.closure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.closure.entity.ConfirmationToken;
import org.vocdesk.closure.entity.CustomerReply;
import org.vocdesk.closure.entity.Languages;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.notification.entity.OutboxMail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Writes a reply's e-mail into the outbox (sent by the mail timer after commit) and, when the customer is asked
 * something, the single-use link in it. A new link replaces the complaint's earlier ones.
 */
@ApplicationScoped
public class CustomerLinks {

    public static final String PAGE = "/public/confirm.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** How long a link works (ISO-8601 duration); two weeks unless configured. */
    @Inject
    @ConfigProperty(name = "vocdesk.closure.link-validity", defaultValue = "P14D")
    String linkValidity;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public void mail(Complaint complaint, CustomerReply reply, String to, String subject, boolean withLink) {
        Instant now = clock.instant();
        String link = null;
        Instant expires = null;
        if (withLink) {
            em.createQuery("select t from ConfirmationToken t where t.complaintId = :id and t.usedAt is null and t.replacedAt is null",
                    ConfirmationToken.class).setParameter("id", complaint.getId()).getResultList().forEach(t -> t.replace(now));
            String secret = ConfirmationToken.newSecret();
            ConfirmationToken token = new ConfirmationToken(secret, complaint.getId(), reply.getId(), reply.getPurpose(),
                    reply.getLanguage(), now, Duration.parse(linkValidity));
            em.persist(token);
            link = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + PAGE + secret;
            expires = token.getExpiresAt();
        }
        var content = CustomerMails.reply(Languages.locale(reply.getLanguage()), subject, reply.getText(), link, expires, ZoneId.of(zone));
        em.persist(new OutboxMail(null, null, to, reply.getLanguage(), content, now));
        reply.mailedTo(to);
    }
}
