package org.vocdesk.identity.boundary;

import org.vocdesk.platform.entity.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The caller: who they are, and their own API tokens (list, create, revoke). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    public record TokenName(@Text(max = 100, required = true) String name) {
    }

    public record Language(@Text(max = 10, required = true) String locale) {
    }

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "The caller: user name, name, roles, department, language")
    public MeView me() {
        return users.me();
    }

    @PUT
    @Path("locale")
    @Operation(summary = "The caller's language for e-mails and pages: zh-CN or en")
    public MeView language(@Valid @NotNull Language language) {
        users.preferLocale(language.locale());
        return users.me();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's API tokens (without their secrets)")
    public List<TokenView> tokens() {
        return tokens.mineViews();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create another API token for the caller; the token is in this response only")
    public Response issue(@Valid @NotNull TokenName token) {
        return Response.status(Response.Status.CREATED).entity(tokens.issue(token.name())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
    public Response revoke(@PathParam("id") Long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
