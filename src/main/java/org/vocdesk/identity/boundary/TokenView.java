package org.vocdesk.identity.boundary;

import org.vocdesk.identity.entity.ApiToken;

import java.time.Instant;

/** One of the caller's API tokens, without its secret (only its hash is stored anyway). */
public record TokenView(Long id, String name, Instant createdAt, Instant revokedAt, boolean active) implements java.io.Serializable {

    public static TokenView of(ApiToken token) {
        return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getRevokedAt(), token.isActive());
    }
}
