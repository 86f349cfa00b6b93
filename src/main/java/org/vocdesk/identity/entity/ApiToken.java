package org.vocdesk.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

/** A personal API token. Only its SHA-256 is stored; the token itself is shown once at creation. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(AppUser owner, String name, String tokenHash, Instant createdAt) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw BusinessException.invalidField("name", "identity.token.nameInvalid");
        }
        this.owner = owner;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null && owner.isActive();
    }

    public Long getId() { return id; }

    public AppUser getOwner() { return owner; }

    public String getName() { return name; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getRevokedAt() { return revokedAt; }
}
