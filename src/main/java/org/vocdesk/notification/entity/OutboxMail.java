package org.vocdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail written in the transaction that decided to send it, rendered in the recipient's language.
 * Claimed (PENDING -> SENDING with a lease) by a conditional UPDATE before sending; a failure puts it back
 * to PENDING with a later next attempt and the error kept for the administrator.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** From a sequence, 50 at a time, so that a run writing thousands of them inserts in JDBC batches (V532). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "notice_id")
    private Long noticeId;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "to_address", nullable = false, length = 200)
    private String to;

    @Column(nullable = false, length = 10)
    private String locale;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 20000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 20000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboxMail() {
    }

    public OutboxMail(Long noticeId, Long recipientId, String to, String locale, MailContent content, Instant now) {
        this.noticeId = noticeId;
        this.recipientId = recipientId;
        this.to = to;
        this.locale = locale;
        this.subject = cut(content.subject(), 500);
        this.textBody = cut(content.text(), 20000);
        this.htmlBody = cut(content.html(), 20000);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void sent(Instant now) {
        this.status = MailStatus.SENT;
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
        this.claimedUntil = null;
    }

    /** Back to PENDING, tried again after the back-off for this many attempts. */
    public void failed(String error, Duration backOff, Instant now) {
        this.status = MailStatus.PENDING;
        this.attempts++;
        this.lastError = cut(error == null ? "unknown error" : error, 2000);
        this.nextAttemptAt = now.plus(backOff);
        this.claimedUntil = null;
    }

    /** Doubling from {@code base} per failed attempt, never more than {@code max}. */
    public static Duration backOff(int failedAttempts, Duration base, Duration max) {
        int exponent = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = base.multipliedBy(1L << exponent);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** The same on every attempt to send this mail (see SmtpSender.Connection#send). */
    public String messageId(String domain) {
        return "<vocdesk." + id + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }

    public Long getNoticeId() { return noticeId; }

    public Long getRecipientId() { return recipientId; }

    public String getTo() { return to; }

    public String getLocale() { return locale; }

    public String getSubject() { return subject; }

    public String getTextBody() { return textBody; }

    public String getHtmlBody() { return htmlBody; }

    public MailStatus getStatus() { return status; }

    public int getAttempts() { return attempts; }

    public Instant getNextAttemptAt() { return nextAttemptAt; }

    public String getLastError() { return lastError; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getSentAt() { return sentAt; }

    public String getClaimedBy() { return claimedBy; }

    public Instant getClaimedUntil() { return claimedUntil; }
}
