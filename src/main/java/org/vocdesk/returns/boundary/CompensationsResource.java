package org.vocdesk.returns.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.platform.entity.Text;

import java.util.List;

import static org.vocdesk.identity.entity.Role.Names.*;

@Path("complaints/{id}/compensations")
@Tag(name = "Compensations", description = "Compensation in product units, approved within the approver's authority limit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompensationsResource {

    public record NewClaim(@NotNull Integer units, @Text(max = 2000, required = true) String reason) {
    }

    /** version: the version of the claim the caller read (optional; a different one is a 409). */
    public record Decision(@Text(max = 2000) String comment, Long version) {
    }

    @Inject
    Returns returns;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
    @Operation(summary = "The complaint's compensation claims")
    public List<ClaimView> list(@PathParam("id") Long complaintId) {
        return returns.compensationsOf(complaintId).stream().map(ClaimView::of).toList();
    }

    @POST
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "Claim compensation for the customer, in product units, with the reason")
    public Response create(@PathParam("id") Long complaintId, @Valid @NotNull NewClaim claim) {
        ClaimView created = ClaimView.of(returns.claimCompensation(complaintId, claim.units(), claim.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("{claimId}/approval")
    @RolesAllowed({CLERK, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "Approve a claim; configurable limits (default: clerk 12 units, department and quality manager 48, general manager any)")
    @APIResponse(responseCode = "403", description = "the units exceed the caller's authority limit; nothing changed")
    @APIResponse(responseCode = "409", description = "already decided, or changed by someone else since the given version")
    public ClaimView approve(@PathParam("id") Long complaintId, @PathParam("claimId") Long claimId, @Valid @NotNull Decision decision) {
        return ClaimView.of(returns.approve(complaintId, claimId, decision.comment(), decision.version()));
    }

    @POST
    @Path("{claimId}/rejection")
    @RolesAllowed({CLERK, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "Reject a claim; the comment is the reason")
    public ClaimView reject(@PathParam("id") Long complaintId, @PathParam("claimId") Long claimId, @Valid @NotNull Decision decision) {
        return ClaimView.of(returns.reject(complaintId, claimId, decision.comment(), decision.version()));
    }
}
