package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.vocdesk.identity.entity.ApiToken;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;

import java.util.Set;
import java.util.stream.Collectors;

/** Checks passwords and API tokens against the database; the user's roles become their groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    /** Verified when the user does not exist, so a wrong user name costs as long as a wrong password. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:210000:c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AppUser user = em.createQuery("select u from AppUser u where lower(u.username) = lower(:name)", AppUser.class)
                .setParameter("name", credential.getCaller())
                .getResultStream().findFirst().orElse(null);
        String password = credential.getPasswordAsString();
        // a single sign-on user signs in at the identity provider only: a password set for it later counts nothing
        if (user == null || !user.isActive() || user.isFromProvider()) {
            hasher.verify(password, DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return hasher.verify(password, user.passwordHash()) ? result(user) : CredentialValidationResult.INVALID_RESULT;
    }

    public CredentialValidationResult validate(BearerTokenCredential credential) {
        // one query for the token, its owner and the owner's roles (every REST call comes through here)
        return em.createQuery("select t from ApiToken t join fetch t.owner o left join fetch o.roles where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", TokenHash.sha256(credential.token()))
                .getResultStream().findFirst()
                .filter(ApiToken::isActive)
                .map(token -> result(token.getOwner()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult result(AppUser user) {
        Set<String> groups = user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.getUsername(), groups);
    }
}
