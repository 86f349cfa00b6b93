package org.vocdesk.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vocdesk.identity.control.BearerTokenCredential;
import org.vocdesk.identity.control.PasswordLogin;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.SecurityHeaders;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;

/**
 * One mechanism for both kinds of caller. Browsers log in with a form (the login page hands the
 * credential over through SecurityContext.authenticate) and stay logged in through the session; REST
 * callers send a personal API token as a Bearer token on every request and never get a session; a session
 * cookie alone may read through /api (downloads) but never change anything there (CSRF).
 * Unauthenticated browsers are sent to the login page, unauthenticated REST calls get a 401 problem.
 *
 * <p>With single sign-on on, the login page also offers it, and {@link SingleSignOn} takes its two paths. Jakarta
 * Security 3.0 takes one mechanism per application: this one is an alternative with a priority, so it is that one,
 * and the OpenID Connect mechanism registered beside it is reached only through {@link SingleSignOn}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class VocDeskAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute with the message key of a refused form login. */
    public static final String LOGIN_ERROR = "vocdesk.login.error";
    /** Request attribute with the roles of a caller who sent a valid API token (a Set of role names). */
    public static final String TOKEN_ROLES = "vocdesk.token.roles";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PasswordLogin passwordLogin;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(authorization.substring(7).strip()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(request, response);
            }
            request.setAttribute(TOKEN_ROLES, Set.copyOf(result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return formLogin(request, password, context);
        }
        Principal sessionUser = request.getUserPrincipal();
        if (sessionUser != null && isApi(request) && !isSafe(request.getMethod())) {
            // CSRF: a browser sends the session cookie along with any cross-site form or fetch; REST changes
            // therefore count only with a Bearer token, which no other site can make the browser send
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "identity.api.tokenRequired");
        }
        if (sessionUser != null) {
            return restoreFromSession(sessionUser, context);
        }
        if (singleSignOn.handles(request)) {
            return singleSignOn.validateRequest(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SecurityHeaders.apply(request, response);
        if (isApi(request)) {
            return unauthorized(request, response);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?from=" + URLEncoder.encode(
                request.getRequestURI().substring(request.getContextPath().length()), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, UsernamePasswordCredential credential,
                                           HttpMessageContext context) {
        CredentialValidationResult result;
        try {
            result = passwordLogin.check(credential, request.getRemoteAddr());
        } catch (BusinessException refused) {
            request.setAttribute(LOGIN_ERROR, refused.key());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id once the user is known
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus restoreFromSession(Principal principal, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new javax.security.auth.callback.Callback[]{
                    new CallerPrincipalCallback(context.getClientSubject(), principal)});
        } catch (IOException | javax.security.auth.callback.UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "platform.error.unauthorized");
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String title, String key) {
        var locale = request.getLocale();
        SecurityHeaders.apply(request, response);
        try {
            response.setStatus(status);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                    + Messages.get(locale, key).replace("\"", "'") + "\"}");
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
