package org.vocdesk.identity.boundary;

import org.vocdesk.platform.entity.Text;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.vocdesk.identity.control.PasswordLogin;

/**
 * Exchanges a user name and password for a personal API token, so scripts and integrations can start
 * without the web page. Subject to the same login throttling as the form.
 */
@Path("tokens")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    public record TokenRequest(@Text(max = 60, required = true) String username, @Text(max = 200, required = true) String password,
                               @Text(max = 100, required = true) String name) {
    }

    @Inject
    PasswordLogin passwordLogin;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @POST
    @SecurityRequirements
    @Operation(summary = "Log in with user name and password and receive a new personal API token (shown once)")
    public ApiTokens.IssuedToken issue(@Valid @NotNull TokenRequest login) {
        var result = passwordLogin.check(new UsernamePasswordCredential(login.username(), new Password(login.password())),
                request.getRemoteAddr());
        return tokens.issueFor(result.getCallerPrincipal().getName(), login.name());
    }
}
