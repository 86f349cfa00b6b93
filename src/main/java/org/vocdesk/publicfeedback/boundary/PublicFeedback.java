package org.vocdesk.publicfeedback.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.publicfeedback.control.SpamGuard;
import org.vocdesk.publicfeedback.control.SubmissionRateLimiter;
import org.vocdesk.publicfeedback.entity.FeedbackForm;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Feedback from customers without a login (public page and public REST): spam rules, rate limit, then
 * the complaint feature records it on the web-form channel. Public customers are not looked up in the
 * customer file; staff link them later.
 */
@Stateless
@PermitAll
public class PublicFeedback {

    private static final Logger LOG = Logger.getLogger(PublicFeedback.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    SpamGuard spam;

    @Inject
    SubmissionRateLimiter limiter;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vocdesk.complaint.number-prefix", defaultValue = "CF")
    String numberPrefix;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** The active categories in their configured order (the complaint facade's list needs a login). */
    public List<CategoryOption> categories() {
        return em.createQuery("select new org.vocdesk.publicfeedback.boundary.CategoryOption(c.id, c.code, c.nameEn, c.nameZh)"
                + " from Category c where c.active = true order by c.sortOrder, c.code", CategoryOption.class).getResultList();
    }

    /**
     * Records the feedback and returns its acknowledgement number. client: the address the rate limit
     * counts; renderedAt: when the page showed the form (null for REST).
     *
     * @throws TooManySubmissions when the client has sent too much recently
     * @throws BusinessException public.error.tooFast when a page form came back faster than a person types
     */
    public Receipt submit(@Valid @NotNull FeedbackForm form, @NotNull String client, Instant renderedAt) {
        Instant now = clock.instant();
        SpamGuard.Verdict verdict = spam.judge(form, renderedAt, now);
        if (verdict == SpamGuard.Verdict.TOO_FAST) {
            LOG.info(() -> "Public feedback from " + client + " sent back too fast; refused");
            throw BusinessException.invalid("public.error.tooFast");
        }
        limiter.tryAcquire(client).ifPresent(wait -> {
            LOG.info(() -> "Public feedback from " + client + " over the rate limit " + limiter.limit());
            throw new TooManySubmissions(wait);
        });
        if (verdict == SpamGuard.Verdict.ROBOT) {
            LOG.warning(() -> "Public feedback from " + client + " filled the honeypot (" + form.website().length()
                    + " characters); answered as accepted, nothing stored");
            return decoy(now);
        }
        try {
            Complaint complaint = complaints.recordFromPublicForm(intake(form, now));
            return new Receipt(complaint.getNumber(), complaint.getFirstReplyDue());
        } catch (RuntimeException e) {
            limiter.release(client); // nothing was stored, so it does not count
            throw e;
        }
    }

    private static IntakeDetails intake(FeedbackForm form, Instant now) {
        return new IntakeDetails(Channel.WEB_FORM, form.type(), form.categoryId(), null, form.anonymous(),
                form.contactName(), form.phone(), form.email(), form.product(), form.orderNo(), form.batchNo(),
                null, form.description(), null, form.urgencyOrDefault(), now, Set.of());
    }

    /** Looks like a real receipt to the robot; the sequence range keeps it apart from real numbers early in a month. */
    private Receipt decoy(Instant now) {
        String period = YearMonth.now(clock.withZone(ZoneId.of(zone))).format(DateTimeFormatter.ofPattern("yyyyMM"));
        return new Receipt(numberPrefix + period + (5000 + RANDOM.nextInt(5000)), now.plus(Duration.ofDays(2)));
    }
}
