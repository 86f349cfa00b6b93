package org.vocdesk.kpi.boundary;

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
import org.vocdesk.kpi.entity.PlanDetails;
import org.vocdesk.platform.entity.Text;

import java.time.LocalDate;
import java.util.List;

/** Improvement plans over REST (roles: see {@link ImprovementPlans}). */
@Path("improvement-plans")
@Tag(name = "Improvement plans", description = "改进策略执行表: plans from recurring problems and their effectiveness review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImprovementPlansResource {

    public record Completion(long version, LocalDate completedOn) {
    }

    public record Review(long version, boolean effective, @Text(max = 4000) String comment) {
    }

    public record Change(long version, @Valid @NotNull PlanDetails plan) {
    }

    @Inject
    ImprovementPlans plans;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All improvement plans with the KPI's value before and after")
    public List<PlanView> list() {
        return plans.list();
    }

    @GET
    @Path("{id}")
    public PlanView get(@PathParam("id") Long id) {
        return plans.get(id);
    }

    @POST
    @Operation(summary = "A new plan (managers): title, problem, goal, measures, ownerId, kpi, start and due date; "
            + "optional categoryId, departmentId (the KPI's scope) and complaintNumbers")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Response create(@Valid @NotNull PlanDetails details) {
        PlanView created = plans.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a plan that is still planned (version from the last read)")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView change(@PathParam("id") Long id, @Valid @NotNull Change change) {
        return plans.change(id, change.version(), change.plan());
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "The measures are completed (default today); the review is possible one month later")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView complete(@PathParam("id") Long id, @NotNull Completion completion) {
        return plans.complete(id, completion.version(), completion.completedOn());
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "The effectiveness review (quality manager): stores the KPI before and after with the verdict")
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public PlanView review(@PathParam("id") Long id, @Valid @NotNull Review review) {
        return plans.review(id, review.version(), review.effective(), review.comment());
    }
}
