package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.vocdesk.identity.boundary.SingleSignOnUsers;
import org.vocdesk.identity.entity.Role;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a sign-in the OpenID Connect mechanism has verified (tokens signed by the provider's keys, issuer, audience,
 * nonce and expiry checked) into a VoC Desk user: the caller name and the values of the role claim come from the
 * mechanism's identity store; subject, issuer, name and e-mail from the verified ID token and the provider's userinfo
 * endpoint; the roles from {@code vocdesk.oidc.role-mapping}.
 */
@ApplicationScoped
public class OidcSignIn {

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());

    @Inject
    OpenIdContext openId;

    @Inject
    OidcSettings settings;

    @Inject
    SingleSignOnUsers users;

    public Optional<SingleSignOnUsers.SignedIn> signIn(String callerName, Set<String> roleClaimValues) {
        JwtClaims idToken = openId.getIdentityToken().getJwtClaims();
        String subject = openId.getSubject();
        String issuer = idToken.getIssuer().orElse(null);
        if (subject == null || issuer == null || callerName == null) {
            LOG.warning("Single sign-on refused: the ID token has no subject, issuer or caller name.");
            return Optional.empty();
        }
        String name = idToken.getStringClaim(NAME_CLAIM).orElse(null);
        String email = idToken.getStringClaim(EMAIL_CLAIM).orElse(null);
        try {
            OpenIdClaims userInfo = openId.getClaims(); // the provider's userinfo endpoint, asked once per sign-in
            name = userInfo.getName().orElse(name);
            email = userInfo.getEmail().orElse(email);
        } catch (RuntimeException noUserInfo) {
            LOG.log(Level.INFO, "No userinfo from the identity provider; name and e-mail from the ID token", noUserInfo);
        }
        Set<Role> roles = settings.rolesFor(roleClaimValues);
        if (roles.isEmpty()) {
            LOG.info(() -> "Single sign-on of '" + callerName + "': the claim '" + settings.getRoleClaim() + "' " + roleClaimValues
                    + " maps to no role (vocdesk.oidc.role-mapping); the user may open nothing.");
        }
        return users.signIn(issuer, subject, callerName, name, email, roles);
    }

    private static final String NAME_CLAIM = "name";
    private static final String EMAIL_CLAIM = "email";
}
