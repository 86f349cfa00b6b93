package org.vocdesk.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vocdesk.identity.boundary.VocDeskAuthentication;
import org.vocdesk.identity.control.LoginTargets;
import org.vocdesk.identity.control.OidcSettings;
import org.vocdesk.platform.web.FacesMessages;

import java.io.IOException;

@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    private String username;

    private String password;

    private String from;

    @Inject
    OidcSettings oidc;

    /** The login page offers single sign-on when it is configured (local accounts keep the form). */
    public boolean isSingleSignOn() {
        return oidc.isEnabled();
    }

    public String getSingleSignOnPath() {
        return OidcSettings.LOGIN_PATH;
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + target());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object reason = request.getAttribute(VocDeskAuthentication.LOGIN_ERROR);
                FacesMessages.error(reason == null ? "identity.login.failed" : reason.toString());
            }
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + VocDeskAuthentication.LOGIN_PAGE + "?bye=1");
    }

    /** Only paths inside the application, so the login page cannot be used to redirect elsewhere. */
    private String target() {
        return LoginTargets.inside(from);
    }

    public String getUsername() { return username; }

    public void setUsername(String username) { this.username = username; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getFrom() { return from; }

    public void setFrom(String from) { this.from = from; }
}
