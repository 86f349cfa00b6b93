package org.vocdesk.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.vocdesk.identity.control.PasswordLogin;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

/**
 * The signer proves who they are again by their password, checked like a login: a wrong one counts towards
 * the same throttle and lock-out as the login form, so signing cannot be used to guess passwords.
 */
@ApplicationScoped
public class PasswordReentry {

    @Inject
    PasswordLogin passwordLogin;

    @Inject
    Instance<HttpServletRequest> request;

    public void verify(AppUser signer, String password) {
        if (password == null || password.isEmpty()) {
            throw BusinessException.invalidField("password", "signature.password.required");
        }
        try {
            passwordLogin.check(new UsernamePasswordCredential(signer.getUsername(), new Password(password)), address());
        } catch (BusinessException e) {
            throw "identity.login.failed".equals(e.key()) ? BusinessException.forbidden("signature.password.wrong") : e;
        }
    }

    private String address() {
        try {
            return request.get().getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noHttpRequest) {
            return "local";
        }
    }
}
