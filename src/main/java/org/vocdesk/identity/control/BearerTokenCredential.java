package org.vocdesk.identity.control;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token presented in an "Authorization: Bearer" header. */
public record BearerTokenCredential(String token) implements Credential {
}
