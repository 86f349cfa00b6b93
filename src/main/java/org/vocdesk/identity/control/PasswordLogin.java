package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.vocdesk.platform.entity.BusinessException;

/** A password check as the login form and the token endpoint both need it: throttled, then validated. */
@ApplicationScoped
public class PasswordLogin {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    /** The valid result, or a BusinessException saying why not (wrong credentials, or too many attempts). */
    public CredentialValidationResult check(UsernamePasswordCredential credential, String address) {
        if (throttle.isBlocked(credential.getCaller(), address)) {
            throw BusinessException.forbidden("identity.login.throttled");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(credential.getCaller(), address);
            throw BusinessException.forbidden("identity.login.failed");
        }
        throttle.succeeded(credential.getCaller());
        return result;
    }
}
