package org.vocdesk.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.identity.entity.Role;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Single sign-on with OpenID Connect, off unless {@code vocdesk.oidc.enabled=true}. The annotation makes Jakarta
 * Security's own OpenID Connect mechanism available; its values are expressions read from this bean (and so from
 * MicroProfile Config) when the first sign-in builds the client configuration. {@code VocDeskAuthentication} stays
 * the application's one mechanism and hands only the single sign-on paths to the OpenID Connect one, and only when
 * enabled; with it off nothing here is ever evaluated and the provider is never contacted.
 */
@ApplicationScoped
@Named("vocdeskOidc")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${vocdeskOidc.providerUri}",
        clientId = "${vocdeskOidc.clientId}",
        clientSecret = "${vocdeskOidc.clientSecret}",
        redirectURI = "${vocdeskOidc.redirectUri}",
        scopeExpression = "${vocdeskOidc.scope}",
        // VoC Desk sends the user on itself (OidcLoginServlet), so the mechanism never replays a stored request
        redirectToOriginalResource = false,
        jwksConnectTimeoutExpression = "${vocdeskOidc.timeoutMillis}",
        jwksReadTimeoutExpression = "${vocdeskOidc.timeoutMillis}",
        claimsDefinition = @ClaimsDefinition(
                callerNameClaim = "${vocdeskOidc.usernameClaim}",
                callerGroupsClaim = "${vocdeskOidc.roleClaim}"))
public class OidcSettings {

    private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

    public static final String LOGIN_PATH = "/oidc/login";
    public static final String CALLBACK_PATH = "/oidc/callback";

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.client-secret")
    Optional<String> clientSecret;

    /** Unset: the address the browser used to reach VoC Desk (the mechanism's ${baseURL}) + /oidc/callback. */
    @Inject
    @ConfigProperty(name = "vocdesk.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.scope", defaultValue = "openid profile email")
    String scope;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.role-claim", defaultValue = "groups")
    String roleClaim;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.role-mapping")
    Optional<String> roleMappingText;

    @Inject
    @ConfigProperty(name = "vocdesk.oidc.timeout-millis", defaultValue = "5000")
    int timeoutMillis;

    private OidcRoleMapping roleMapping;

    /** Created at start-up, so a wrong configuration stops the deployment instead of the first sign-in. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        LOG.fine(() -> "single sign-on " + (enabled ? "on" : "off"));
    }

    @PostConstruct
    void check() {
        roleMapping = OidcRoleMapping.parse(roleMappingText.orElse(""));
        if (enabled) {
            if (providerUri.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty()) {
                throw new IllegalStateException("vocdesk.oidc.enabled=true needs vocdesk.oidc.provider-uri, "
                        + "vocdesk.oidc.client-id and vocdesk.oidc.client-secret");
            }
            LOG.info(() -> "Single sign-on with OpenID Connect is on: provider " + providerUri.get() + ", client "
                    + clientId.get() + ", roles from the claim '" + roleClaim + "'" + (roleMapping.isEmpty()
                    ? " (vocdesk.oidc.role-mapping is empty: users signing in get no roles)" : ""));
        } else {
            LOG.info("Single sign-on with OpenID Connect is off (vocdesk.oidc.enabled): the OpenID Connect mechanism that"
                    + " Jakarta Security reports activating is never called.");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> rolesFor(Collection<String> claimValues) {
        return roleMapping.rolesFor(claimValues);
    }

    // read by the expressions of the annotation above
    public String getProviderUri() { return providerUri.orElse(""); }

    public String getClientId() { return clientId.orElse(""); }

    public String getClientSecret() { return clientSecret.orElse(""); }

    public String getRedirectUri() { return redirectUri.filter(uri -> !uri.isBlank()).orElse("${baseURL}" + CALLBACK_PATH); }

    public String getScope() { return scope; }

    public String getUsernameClaim() { return usernameClaim; }

    public String getRoleClaim() { return roleClaim; }

    public int getTimeoutMillis() { return timeoutMillis; }
}
