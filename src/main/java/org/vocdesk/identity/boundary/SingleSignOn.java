package org.vocdesk.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.vocdesk.identity.control.LoginTargets;
import org.vocdesk.identity.control.OidcSettings;
import org.vocdesk.identity.control.OidcSignIn;
import org.vocdesk.platform.web.SecurityHeaders;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The part of {@link VocDeskAuthentication} for single sign-on ({@link OidcSettings}): {@code /oidc/login} and the
 * provider's return to {@code /oidc/callback} go to Jakarta Security's OpenID Connect mechanism, which the annotation
 * on {@link OidcSettings} registers as a bean beside ours and which nothing else calls.
 */
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
    /** Session attribute: where to go once single sign-on has come back (a path inside the application). */
    public static final String TARGET = "vocdesk.sso.target";

    @Inject
    OidcSettings settings;

    @Inject
    OidcSignIn signIn;

    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism openIdMechanism;

    /**
     * Starts single sign-on (the provider's login page) or completes it (the provider's redirect back with a code);
     * the OpenID Connect mechanism checks state, nonce and the tokens' signatures, {@link OidcSignInContext} maps the
     * user. Any failure sends the browser back to the login page with a message, never half logged in.
     */
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        boolean start = path(request).equals(OidcSettings.LOGIN_PATH);
        if (start) {
            request.getSession(true).setAttribute(TARGET, LoginTargets.inside(request.getParameter("from")));
        }
        OidcSignInContext signing = new OidcSignInContext(context, start, signIn);
        AuthenticationStatus status;
        try {
            status = openIdMechanism().validateRequest(request, response, signing);
        } catch (AuthenticationException | RuntimeException refused) {
            // a forged or wrongly signed token ends here (the mechanism throws on a bad signature): one line, details on FINE
            LOG.warning(() -> "Single sign-on refused: " + refused);
            LOG.log(Level.FINE, "Single sign-on refused", refused);
            status = AuthenticationStatus.SEND_FAILURE;
        }
        if (status == AuthenticationStatus.SEND_FAILURE || (!start && !signing.signedIn() && status == AuthenticationStatus.SUCCESS)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate(); // nothing of a refused attempt (its tokens in the OpenID context) outlives it
            }
            SecurityHeaders.apply(request, response);
            return context.redirect(request.getContextPath() + VocDeskAuthentication.LOGIN_PAGE + "?sso=failed");
        }
        return status;
    }

    private HttpAuthenticationMechanism openIdMechanism() {
        HttpAuthenticationMechanism found = openIdMechanism;
        if (found == null) {
            List<Bean<?>> others = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(bean -> !bean.getTypes().contains(VocDeskAuthentication.class)).toList();
            if (others.size() != 1) {
                throw new IllegalStateException("expected Jakarta Security's OpenID Connect mechanism beside this one, found " + others);
            }
            Bean<?> bean = others.get(0);
            found = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            openIdMechanism = found;
        }
        return found;
    }

    /** A request for one of the two paths of single sign-on, when it is on. */
    public boolean handles(HttpServletRequest request) {
        String path = path(request);
        return settings.isEnabled() && (path.equals(OidcSettings.LOGIN_PATH) || path.equals(OidcSettings.CALLBACK_PATH));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
