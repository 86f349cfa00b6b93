package org.vocdesk.closure.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.signature.entity.CanonicalText;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The customer's link to answer without a login. Only the SHA-256 of the secret is stored (a leaked database
 * gives no working links); the secret is 256 random bits. A token answers once, before it expires, and only
 * while it is the latest one of its complaint; @Version makes two simultaneous answers have one winner.
 */
@Audited
@Entity
@Table(name = "confirmation_token")
public class ConfirmationToken {

    public static final int COMMENT_MAX = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** Why a token cannot be used; each has its own page text. */
    public enum Refusal { UNKNOWN, EXPIRED, USED, REPLACED, NOT_OPEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "reply_id", nullable = false, updatable = false)
    private long replyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ReplyPurpose purpose;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CustomerAnswer answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Satisfaction satisfaction;

    @Column(name = "customer_comment", length = COMMENT_MAX)
    private String comment;

    @Version
    private long version;

    protected ConfirmationToken() {
    }

    /** A new token for the reply; {@link #secretOf} gives the secret that goes into the link (never stored). */
    public ConfirmationToken(String secret, long complaintId, long replyId, ReplyPurpose purpose, String language, Instant now,
                             Duration validFor) {
        this.tokenHash = hash(secret);
        this.complaintId = complaintId;
        this.replyId = replyId;
        this.purpose = purpose;
        this.language = Languages.tag(language);
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a secret; malformed input hashes too (and then matches nothing). */
    public static String hash(String secret) {
        return CanonicalText.sha256(secret == null ? "" : secret);
    }

    public static boolean wellFormed(String secret) {
        return secret != null && SECRET.matcher(secret).matches();
    }

    /** Why this token cannot answer now, if it cannot. */
    public Optional<Refusal> refusal(Instant now) {
        if (usedAt != null) {
            return Optional.of(Refusal.USED);
        }
        if (replacedAt != null) {
            return Optional.of(Refusal.REPLACED);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    /** A newer link was sent for the same complaint; this one no longer works. */
    public void replace(Instant now) {
        if (usedAt == null && replacedAt == null) {
            replacedAt = now;
        }
    }

    public void answer(CustomerAnswer given, Satisfaction howSatisfied, String customerComment, Instant now) {
        refusal(now).ifPresent(r -> {
            throw BusinessException.conflict("closure.token.refused." + r);
        });
        if (given == null) {
            throw BusinessException.invalidField("answer", "closure.token.answerRequired");
        }
        String text = customerComment == null || customerComment.isBlank() ? null : customerComment.strip();
        if (given == CustomerAnswer.NOT_RESOLVED && text == null) {
            throw BusinessException.invalidField("comment", "closure.token.commentRequired");
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw BusinessException.invalidField("comment", "closure.token.commentTooLong", COMMENT_MAX);
        }
        this.answer = given;
        this.satisfaction = howSatisfied;
        this.comment = text;
        this.usedAt = now;
    }

    public Long getId() { return id; }

    public long getComplaintId() { return complaintId; }

    public long getReplyId() { return replyId; }

    public ReplyPurpose getPurpose() { return purpose; }

    public String getLanguage() { return language; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getExpiresAt() { return expiresAt; }

    public Instant getUsedAt() { return usedAt; }

    public CustomerAnswer getAnswer() { return answer; }

    public Satisfaction getSatisfaction() { return satisfaction; }

    public String getComment() { return comment; }
}
