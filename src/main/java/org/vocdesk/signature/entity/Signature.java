package org.vocdesk.signature.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One electronic signature: who (user name and name at the time), in which role, meaning what, when, over
 * which revision of which subject, and the SHA-256 of the canonical text signed. Its seal is a hash over all
 * of that, so an edited signature row no longer matches. Never updated.
 */
@Audited
@Entity
@Table(name = "signature")
public class Signature {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private SignedContent content;

    @Embedded
    private SubjectKey key;

    @Column(name = "signer_username", nullable = false, length = 60, updatable = false)
    private String signerUsername;

    @Column(name = "signer_name", nullable = false, length = 120, updatable = false)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_role", nullable = false, length = 30, updatable = false)
    private Role signerRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SignatureMeaning meaning;

    @Column(length = REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String seal;

    protected Signature() {
    }

    public Signature(SignedContent content, Signer signer, SignatureMeaning meaning, String reason, Instant now) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (meaning.needsReason() && given == null) {
            throw BusinessException.invalidField("reason", "signature.reason.required");
        }
        if (given != null && given.length() > REASON_MAX) {
            throw BusinessException.invalidField("reason", "signature.reason.tooLong", REASON_MAX);
        }
        this.content = content;
        this.key = new SubjectKey(content.subject());
        this.signerUsername = signer.username();
        this.signerName = signer.displayName();
        this.signerRole = signer.role();
        this.meaning = meaning;
        this.reason = given;
        // the database keeps microseconds at most; the seal must hash what is read back
        this.signedAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.contentHash = content.getContentHash();
        this.seal = computeSeal();
    }

    /**
     * VALID while the current content, the stored text and this row all still hash to what was signed;
     * TAMPERED otherwise (the content changed without a new revision, or a stored row was edited).
     */
    public SignatureStatus statusAgainst(CanonicalText current) {
        boolean rowIntact = seal.equals(computeSeal()) && content.getContentHash().equals(contentHash) && content.isIntact();
        boolean currentSame = current == null || contentHash.equals(current.sha256());
        return rowIntact && currentSame ? SignatureStatus.VALID : SignatureStatus.TAMPERED;
    }

    private String computeSeal() {
        SignedSubject subject = key.subject();
        return CanonicalText.builder()
                .field("subject", subject.type() + "/" + subject.id() + "/" + subject.revision())
                .field("signer", signerUsername).field("signerName", signerName).field("role", signerRole)
                .field("meaning", meaning).field("reason", reason).field("signedAt", signedAt.toEpochMilli())
                .field("contentHash", contentHash)
                .build().sha256();
    }

    public SignedSubject subject() {
        return key.subject();
    }

    public Long getId() { return id; }

    public SignedContent getContent() { return content; }

    public String getSignerUsername() { return signerUsername; }

    public String getSignerName() { return signerName; }

    public Role getSignerRole() { return signerRole; }

    public SignatureMeaning getMeaning() { return meaning; }

    public String getReason() { return reason; }

    public Instant getSignedAt() { return signedAt; }

    public String getContentHash() { return contentHash; }
}
