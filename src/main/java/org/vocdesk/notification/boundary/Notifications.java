package org.vocdesk.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.notification.control.NoticeTexts;
import org.vocdesk.notification.entity.Notice;
import org.vocdesk.notification.entity.NoticeAcknowledged;
import org.vocdesk.notification.entity.NoticeRequest;
import org.vocdesk.notification.entity.OutboxMail;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Notices: written by other features inside their own transaction ({@link #notify}), read and acknowledged
 * by their recipients. Each notice to a person with an e-mail address also writes an outbox mail in the
 * same transaction, so the two exist together or not at all.
 */
@Stateless
@PermitAll
public class Notifications {

    /** Which notices a reader lists. */
    public enum Filter { OPEN, ACKNOWLEDGED, ALL }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<NoticeAcknowledged> acknowledged;

    @Inject
    @ConfigProperty(name = "vocdesk.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "vocdesk.notification.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** Writes the notice and its e-mail; joins the caller's transaction, which must exist. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long notify(@NotNull NoticeRequest request) {
        AppUser recipient = em.find(AppUser.class, request.recipientId());
        if (recipient == null) {
            throw BusinessException.notFound("notification.recipient.notFound", request.recipientId());
        }
        Instant now = clock.instant();
        Notice notice = persistNotice(recipient, request, now);
        em.flush(); // the notice's row before its mail's (see notifyAll)
        mail(notice, recipient, now);
        return notice.getId();
    }

    /**
     * Writes many notices and their e-mails at once (a batch of escalation steps): the recipients in one query, the
     * rows inserted in JDBC batches at the flush (sequence keys). Joins the caller's transaction, which must exist.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyAll(@NotNull List<NoticeRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        Set<Long> ids = requests.stream().map(NoticeRequest::recipientId).collect(Collectors.toSet());
        Map<Long, AppUser> recipients = em.createQuery("select u from AppUser u where u.id in :ids", AppUser.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(AppUser::getId, Function.identity()));
        Instant now = clock.instant();
        List<Notice> notices = new java.util.ArrayList<>(requests.size());
        for (NoticeRequest request : requests) {
            AppUser recipient = recipients.get(request.recipientId());
            if (recipient == null) {
                throw BusinessException.notFound("notification.recipient.notFound", request.recipientId());
            }
            notices.add(persistNotice(recipient, request, now));
        }
        // A mail names its notice by key only, so Hibernate's insert ordering cannot know that the notice's row must
        // come first: the notices go out (in batches) before their mails are even persisted.
        em.flush();
        for (Notice notice : notices) {
            mail(notice, notice.getRecipient(), now);
        }
    }

    private Notice persistNotice(AppUser recipient, NoticeRequest request, Instant now) {
        Notice notice = new Notice(recipient, request, now);
        em.persist(notice); // a sequence key: known now, the row inserted in a batch at the flush
        return notice;
    }

    private void mail(Notice notice, AppUser recipient, Instant now) {
        if (recipient.getEmail() != null && !recipient.getEmail().isBlank()) {
            Locale locale = NoticeTexts.localeOf(recipient.getLocale());
            String reason = reasonOf(notice, locale);
            var content = NoticeTexts.mail(locale, reason, notice.getSubjectRef(), NoticeTexts.when(notice.getDeadline(), zoneId()), link(notice));
            em.persist(new OutboxMail(notice.getId(), recipient.getId(), recipient.getEmail(), locale.toLanguageTag(), content, now));
        }
    }

    public List<NoticeView> mine(@NotNull Filter filter, Locale locale, int max) {
        String condition = switch (filter) {
            case OPEN -> " and n.acknowledgedAt is null";
            case ACKNOWLEDGED -> " and n.acknowledgedAt is not null";
            case ALL -> "";
        };
        return em.createQuery("select n from Notice n where n.recipient.username = :me" + condition
                        + " order by n.createdAt desc, n.id desc", Notice.class)
                .setParameter("me", me()).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList()
                .stream().map(n -> view(n, locale)).toList();
    }

    public long openCount() {
        return currentUser.username().map(me -> em.createQuery(
                        "select count(n) from Notice n where n.recipient.username = :me and n.acknowledgedAt is null", Long.class)
                .setParameter("me", me).getSingleResult()).orElse(0L);
    }

    public NoticeView acknowledge(@NotNull Long id, String comment, Locale locale) {
        Notice notice = myNotice(id);
        notice.acknowledge(me(), comment, clock.instant());
        acknowledged.fire(NoticeAcknowledged.of(notice));
        return view(notice, locale);
    }

    /** One of the caller's own notices; someone else's is "not found", so its existence is not revealed. */
    public NoticeView mine(@NotNull Long id, Locale locale) {
        return view(myNotice(id), locale);
    }

    private Notice myNotice(Long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.getRecipient().getUsername().equals(me())) {
            throw BusinessException.notFound("notification.notice.notFound", id);
        }
        return notice;
    }

    /** All notices about one record, for its history (who was told what and when). */
    public List<NoticeView> aboutSubject(@NotNull String subjectType, long subjectId, Locale locale) {
        me();
        return em.createQuery("select n from Notice n join fetch n.recipient where n.subjectType = :t and n.subjectId = :id"
                        + " order by n.createdAt, n.id", Notice.class)
                .setParameter("t", subjectType).setParameter("id", subjectId).getResultList()
                .stream().map(n -> view(n, locale)).toList();
    }

    private NoticeView view(Notice n, Locale locale) {
        Instant now = clock.instant();
        var late = n.lateness(now);
        return new NoticeView(n.getId(), n.getSubjectType(), n.getSubjectId(), n.getSubjectRef(), n.getLinkPath(),
                n.getKind(), n.getLevel(), reasonOf(n, locale), n.getDeadline(), NoticeTexts.when(n.getDeadline(), zoneId()),
                late.getSeconds(), NoticeTexts.lateness(locale, late), n.getCreatedAt(), n.getAcknowledgedAt(),
                n.getAcknowledgedBy(), n.getComment(), n.getStepId(), n.getRecipient().getDisplayName());
    }

    private String reasonOf(Notice n, Locale locale) {
        return NoticeTexts.reason(locale, n.getReasonKey(), n.getSubjectRef(), n.getKind(), n.getLevel(), n.getDeadline(), zoneId());
    }

    private String link(Notice n) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + n.getLinkPath();
    }

    private ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> BusinessException.forbidden("notification.notice.loginRequired"));
    }
}
