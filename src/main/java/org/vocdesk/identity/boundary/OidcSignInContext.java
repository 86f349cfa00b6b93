package org.vocdesk.identity.boundary;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import org.vocdesk.identity.control.OidcSignIn;
import org.vocdesk.identity.entity.Role;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The message context handed to the OpenID Connect mechanism. It asks for a login where VoC Desk starts single
 * sign-on, and catches the mechanism's "this caller is valid" on its way to the container: the container learns
 * the VoC Desk user name and the roles mapped from the provider's claims, never the provider's raw group names.
 */
final class OidcSignInContext extends HttpMessageContextWrapper {

    private final boolean start;
    private final OidcSignIn signIn;
    private boolean signedIn;

    OidcSignInContext(HttpMessageContext context, boolean start, OidcSignIn signIn) {
        super(context);
        this.start = start;
        this.signIn = signIn;
    }

    boolean signedIn() {
        return signedIn;
    }

    @Override
    public boolean isProtected() {
        return start || super.isProtected();
    }

    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
        // registered below with the mapped roles, not the provider's groups
    }

    @Override
    public HttpMessageContext withRequest(HttpServletRequest request) {
        super.withRequest(request);
        return this;
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(String callerName, Set<String> groups) {
        return notifyContainerAboutLogin(new CredentialValidationResult(callerName, groups));
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(Principal principal, Set<String> groups) {
        return notifyContainerAboutLogin(new CredentialValidationResult(principal.getName(), groups));
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return super.notifyContainerAboutLogin(result);
        }
        var user = signIn.signIn(result.getCallerPrincipal().getName(), result.getCallerGroups());
        if (user.isEmpty()) {
            return super.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        Set<String> roles = user.get().roles().stream().map(Role::name).collect(Collectors.toSet());
        HttpServletRequest request = getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id once the user is known
        }
        super.setRegisterSession(user.get().username(), roles);
        signedIn = true;
        return super.notifyContainerAboutLogin(user.get().username(), roles);
    }
}
