package org.vocdesk.signature.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

/**
 * The canonical text of one revision of a subject, stored when it is first signed and never updated: every
 * signature of that revision signs exactly this text. Different content under the same revision is refused.
 */
@Audited
@Entity
@Table(name = "signed_content")
public class SignedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private SubjectKey key;

    @Column(name = "canonical_text", nullable = false, length = 100000, updatable = false)
    private String canonicalText;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SignedContent() {
    }

    public SignedContent(SignedSubject subject, CanonicalText content, Instant now) {
        if (content.text().length() > 100000) {
            throw BusinessException.invalid("signature.content.tooLong", 100000);
        }
        this.key = new SubjectKey(subject);
        this.canonicalText = content.text();
        this.contentHash = content.sha256();
        this.createdAt = now;
    }

    /** Signing this revision again is only allowed for the very same content. */
    public void requireSame(CanonicalText content) {
        if (!contentHash.equals(content.sha256())) {
            throw BusinessException.conflict("signature.revision.contentChanged", key.subject().revision());
        }
    }

    /** Whether the stored text still is what was hashed when it was stored. */
    public boolean isIntact() {
        return CanonicalText.sha256(canonicalText).equals(contentHash);
    }

    public SignedSubject subject() {
        return key.subject();
    }

    public Long getId() { return id; }

    public String getCanonicalText() { return canonicalText; }

    public String getContentHash() { return contentHash; }

    public Instant getCreatedAt() { return createdAt; }
}
