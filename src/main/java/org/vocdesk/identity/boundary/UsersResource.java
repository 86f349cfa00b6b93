package org.vocdesk.identity.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
import org.vocdesk.platform.entity.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;

import java.util.List;
import java.util.Set;

/** Users over REST: the administrator creates and changes them; the auditor may read them. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record NewUser(@Text(max = 60, required = true) String username, @Text(max = 120, required = true) String displayName,
                          @Email @Text(max = 200) String email, Long departmentId, @NotNull Set<Role> roles,
                          @Text(max = 200, required = true) String password) {
    }

    /** A change; an empty password keeps the current one. */
    public record UserChange(@Text(max = 120, required = true) String displayName, @Email @Text(max = 200) String email,
                             Long departmentId, @NotNull Set<Role> roles, Boolean active, @Text(max = 200) String password) {
    }

    /** ALL or OWN_DEPARTMENT. */
    public record ScopeChange(@NotNull ComplaintScope complaintScope) {
    }

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All users (administrator, auditor)")
    public List<UserView> list() {
        return users.userViews();
    }

    @POST
    @Operation(summary = "Create a user (administrator)")
    @RolesAllowed({ADMINISTRATOR})
    public Response create(@Valid @NotNull NewUser user) {
        UserView created = users.createView(new Users.UserData(user.username(), user.displayName(), user.email(),
                user.departmentId(), user.roles(), user.password()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user: name, e-mail, department, roles, active, optionally the password (administrator)")
    @RolesAllowed({ADMINISTRATOR})
    public UserView update(@PathParam("id") Long id, @Valid @NotNull UserChange change) {
        return users.updateView(id, new Users.UserData(null, change.displayName(), change.email(), change.departmentId(),
                change.roles(), change.password()), change.active() == null || change.active());
    }

    @PUT
    @Path("{id}/complaint-scope")
    @Operation(summary = "Which complaints a handler or department manager sees: OWN_DEPARTMENT (their department's and those"
            + " assigned to them) or ALL (administrator)")
    @RolesAllowed({ADMINISTRATOR})
    public UserView limitComplaints(@PathParam("id") Long id, @Valid @NotNull ScopeChange change) {
        return users.limitComplaints(id, change.complaintScope());
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Unlock a user locked out after failed logins (administrator)")
    public UserView unlock(@PathParam("id") Long id) {
        return users.unlock(id);
    }

    @GET
    @Path("{id}/tokens")
    @Operation(summary = "A user's API tokens, without their secrets (administrator)")
    public List<TokenView> tokens(@PathParam("id") Long id) {
        return tokens.ofUser(id);
    }

    @DELETE
    @Path("{id}/tokens")
    @Operation(summary = "Revoke all of a user's API tokens (administrator)")
    public Response revokeAll(@PathParam("id") Long id) {
        tokens.revokeOfUser(id, null);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/tokens/{tokenId}")
    @Operation(summary = "Revoke one of a user's API tokens (administrator)")
    public Response revoke(@PathParam("id") Long id, @PathParam("tokenId") Long tokenId) {
        tokens.revokeOfUser(id, tokenId);
        return Response.noContent().build();
    }
}
