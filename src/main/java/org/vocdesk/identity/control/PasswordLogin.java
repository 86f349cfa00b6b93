package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.vocdesk.platform.entity.BusinessException;

/**
 * A password check as the login form and the token endpoint both need it: refused for a locked account
 * (even with the right password), throttled, then validated; failures count towards the lock-out.
 */
@ApplicationScoped
public class PasswordLogin {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginLockout lockout;

    /** The valid result, or a BusinessException saying why not (wrong credentials, too many attempts, locked). */
    public CredentialValidationResult check(UsernamePasswordCredential credential, String address) {
        String username = credential.getCaller();
        if (username != null && lockout.isLocked(username)) {
            throw BusinessException.forbidden("identity.login.locked"); // the stronger state says what to do
        }
        if (throttle.isBlocked(username, address)) {
            throw BusinessException.forbidden("identity.login.throttled");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, address);
            if (username != null) {
                lockout.failed(username);
            }
            throw BusinessException.forbidden("identity.login.failed");
        }
        throttle.succeeded(username);
        lockout.succeeded(username);
        return result;
    }
}
