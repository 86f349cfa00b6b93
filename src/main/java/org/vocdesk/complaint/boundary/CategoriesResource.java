package org.vocdesk.complaint.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.complaint.entity.Category;

import java.util.List;

@Path("categories")
@Tag(name = "Complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    public record CategoryView(Long id, String code, String nameEn, String nameZh, String firstReplyWithin,
                               String responseHighWithin, String responseMediumWithin, String responseLowWithin, boolean active,
                               boolean requires8d) {

        static CategoryView of(Category c) {
            return new CategoryView(c.getId(), c.getCode(), c.getNameEn(), c.getNameZh(), c.getFirstReplyWithin(),
                    c.getResponseHighWithin(), c.getResponseMediumWithin(), c.getResponseLowWithin(), c.isActive(),
                    c.isRequires8d());
        }
    }

    @Inject
    Complaints complaints;

    @Inject
    Categories categories;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Complaint categories with their deadlines (working-time durations such as 2d or 4h)")
    public List<CategoryView> list() {
        return complaints.categories(false).stream().map(CategoryView::of).toList();
    }

    @POST
    @Operation(summary = "Add a category (administrators)")
    @RolesAllowed({ADMINISTRATOR})
    public Response create(@Valid @NotNull CategoryInput input) {
        Category created = categories.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CategoryView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a category's names, deadlines, active flag and whether it requires an 8D (administrators)",
            description = "Changed deadlines are applied to the stored deadlines of the category's open complaints")
    @RolesAllowed({ADMINISTRATOR})
    public CategoryView update(@PathParam("id") Long id, @Valid @NotNull CategoryInput input) {
        return CategoryView.of(categories.update(id, input));
    }
}
