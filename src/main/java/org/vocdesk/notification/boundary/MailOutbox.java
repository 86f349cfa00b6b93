package org.vocdesk.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.notification.control.NodeName;
import org.vocdesk.notification.control.SmtpSender;
import org.vocdesk.notification.entity.MailStatus;
import org.vocdesk.notification.entity.OutboxMail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.vocdesk.identity.entity.Role.Names.ADMINISTRATOR;
import static org.vocdesk.identity.entity.Role.Names.AUDITOR;

/**
 * Sends the outbox. Each mail is claimed in its own short transaction (PENDING -> SENDING with a lease, or a
 * SENDING row whose lease ran out because its node died), sent outside any transaction, and its outcome
 * recorded in another. Two nodes never send the same row at the same time; only a node dying between
 * sending and recording can cause a second copy, after the lease.
 */
@Stateless
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    public record Status(boolean smtpConfigured, String smtp, long pending, long failing, long sent, List<OutboxMail> mails) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSender smtp;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.batch", defaultValue = "50")
    int batch;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.retry-base-seconds", defaultValue = "60")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** One run of the mail timer: sends what is due; returns how many were sent. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        if (!smtp.isConfigured()) {
            return 0; // kept pending, shown on the outbox page
        }
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        int sent = 0;
        for (int round = 0; round < 40; round++) {
            List<Long> due = self.dueIds();
            if (due.isEmpty()) {
                break;
            }
            int sentNow = sendAll(self, due);
            sent += sentNow;
            if (sentNow < due.size()) {
                break; // failures: the server is probably down, the back-off decides when to try again
            }
        }
        return sent;
    }

    /** Sends over one connection; a failure is recorded on the mail in hand and ends this round. */
    private int sendAll(MailOutbox self, List<Long> ids) {
        int sent = 0;
        String idDomain = smtp.messageIdDomain();
        SmtpSender.Connection connection = null;
        try {
            for (Long id : ids) {
                OutboxMail mail = self.claim(id);
                if (mail == null) {
                    continue; // another node was faster
                }
                try {
                    if (connection == null) {
                        connection = smtp.connect();
                    }
                    connection.send(mail.messageId(idDomain), mail.getTo(), mail.getSubject(), mail.getTextBody(), mail.getHtmlBody());
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Mail " + id + " to " + mail.getTo() + " failed: " + e);
                    self.recordFailure(id, describe(e));
                    return sent;
                }
                self.recordSent(id);
                sent++;
            }
            return sent;
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds() {
        Instant now = clock.instant();
        List<Long> ids = new java.util.ArrayList<>(em.createQuery("select m.id from OutboxMail m where m.status = :p and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("p", MailStatus.PENDING).setParameter("now", now).setMaxResults(batch).getResultList());
        ids.addAll(em.createQuery("select m.id from OutboxMail m where m.status = :s and m.claimedUntil < :now", Long.class)
                .setParameter("s", MailStatus.SENDING).setParameter("now", now).setMaxResults(batch).getResultList());
        return ids;
    }

    /** The mail if this node won it, else null. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMail claim(Long id) {
        Instant now = clock.instant();
        int won = em.createQuery("update OutboxMail m set m.status = :sending, m.claimedBy = :node, m.claimedUntil = :until"
                        + " where m.id = :id and ((m.status = :pending and m.nextAttemptAt <= :now) or (m.status = :sending and m.claimedUntil < :now))")
                .setParameter("sending", MailStatus.SENDING).setParameter("pending", MailStatus.PENDING)
                .setParameter("node", NodeName.get()).setParameter("until", now.plusSeconds(leaseSeconds))
                .setParameter("id", id).setParameter("now", now).executeUpdate();
        return won == 1 ? em.find(OutboxMail.class, id) : null;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(Long id) {
        em.find(OutboxMail.class, id).sent(clock.instant());
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(Long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.failed(error, OutboxMail.backOff(mail.getAttempts() + 1, Duration.ofSeconds(retryBaseSeconds),
                Duration.ofSeconds(retryMaxSeconds)), clock.instant());
    }

    /** For the administrator: the configuration, counts and the latest mails (or those of one status). */
    @RolesAllowed({ADMINISTRATOR, AUDITOR})
    public Status status(MailStatus only, int max) {
        String where = only == null ? "" : " where m.status = :s";
        var query = em.createQuery("select m from OutboxMail m" + where + " order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setMaxResults(Math.max(1, Math.min(max, 1000)));
        if (only != null) {
            query.setParameter("s", only);
        }
        return new Status(smtp.isConfigured(), smtp.describe(), count("m.status <> :sent"), count("m.status <> :sent and m.lastError is not null"),
                count("m.status = :sent"), query.getResultList());
    }

    private long count(String condition) {
        return em.createQuery("select count(m) from OutboxMail m where " + condition, Long.class)
                .setParameter("sent", MailStatus.SENT).getSingleResult();
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && text.length() < 1500; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
