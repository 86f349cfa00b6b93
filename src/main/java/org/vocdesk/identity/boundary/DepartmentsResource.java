package org.vocdesk.identity.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
import org.vocdesk.platform.entity.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import java.util.List;

/** Departments and their managers over REST (administrator; the auditor may read). */
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentsResource {

    public record DepartmentData(@Text(max = 30, required = true) String code, @Text(max = 200, required = true) String name, Long managerId) {
    }

    @Inject
    Users users;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All departments with their managers")
    public List<DepartmentView> list() {
        return users.departmentViews();
    }

    @POST
    @Operation(summary = "Create a department (administrator)")
    @RolesAllowed({ADMINISTRATOR})
    public Response create(@Valid @NotNull DepartmentData data) {
        DepartmentView created = users.saveDepartmentView(null, data.code(), data.name(), data.managerId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a department or appoint its manager (administrator)")
    @RolesAllowed({ADMINISTRATOR})
    public DepartmentView update(@PathParam("id") Long id, @Valid @NotNull DepartmentData data) {
        return users.saveDepartmentView(id, data.code(), data.name(), data.managerId());
    }
}
