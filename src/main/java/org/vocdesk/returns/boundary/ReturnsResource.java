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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.platform.entity.NotNegative;
import org.vocdesk.platform.entity.Text;
import org.vocdesk.returns.entity.Analysis;
import org.vocdesk.returns.entity.AnalysisMethod;
import org.vocdesk.returns.entity.AnalysisResult;
import org.vocdesk.returns.entity.NewReturn;

import java.math.BigDecimal;
import java.util.List;

import static org.vocdesk.identity.entity.Role.Names.*;

@Path("complaints/{id}/returns")
@Tag(name = "Returns", description = "Return requests (三包: repair, replace, refund), their analysis and warranty cost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    /** version: the version of the return request the caller read (optional; a different one is a 409). */
    public record Receipt(@NotNull @NotNegative Integer quantityReceived, Long version) {
    }

    public record AnalysisInput(@NotNull AnalysisMethod method, @NotNull AnalysisResult result,
                                @NotNull @NotNegative Integer quantityAccepted, BigDecimal costAmount,
                                @Text(max = 3) String costCurrency, @Text(max = 4000) String notes, Long version) {
        Analysis analysis() {
            return new Analysis(method, result, quantityAccepted, costAmount, costCurrency, notes);
        }
    }

    public record Step(@Text(max = 2000) String comment, Long version) {
    }

    @Inject
    Returns returns;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
    @Operation(summary = "The complaint's return requests")
    public List<ReturnView> list(@PathParam("id") Long complaintId) {
        return returns.returnsOf(complaintId).stream().map(ReturnView::of).toList();
    }

    @POST
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "Request a return: product, quantity, disposition (REPAIR, REPLACE, REFUND), optional delivery date for the 三包 warranty check")
    public Response create(@PathParam("id") Long complaintId, @Valid @NotNull NewReturn input) {
        ReturnView created = ReturnView.of(returns.requestReturn(complaintId, input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{returnId}")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
    @Operation(summary = "One return request")
    public ReturnView get(@PathParam("id") Long complaintId, @PathParam("returnId") Long returnId) {
        return ReturnView.of(returns.returnOf(complaintId, returnId));
    }

    @POST
    @Path("{returnId}/receipt")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "The goods arrived: the quantity received (at most the quantity requested)")
    public ReturnView receive(@PathParam("id") Long complaintId, @PathParam("returnId") Long returnId, @Valid @NotNull Receipt receipt) {
        return ReturnView.of(returns.receive(complaintId, returnId, receipt.quantityReceived(), receipt.version()));
    }

    @POST
    @Path("{returnId}/analysis")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "The lab or field-failure analysis: result (DEFECT_CONFIRMED, NO_TROUBLE_FOUND, CUSTOMER_CAUSED, TRANSPORT_DAMAGE), quantity accepted, warranty cost")
    public ReturnView analyse(@PathParam("id") Long complaintId, @PathParam("returnId") Long returnId, @Valid @NotNull AnalysisInput input) {
        return ReturnView.of(returns.analyse(complaintId, returnId, input.analysis(), input.version()));
    }

    @POST
    @Path("{returnId}/completion")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "The repair, replacement or refund was carried out")
    public ReturnView complete(@PathParam("id") Long complaintId, @PathParam("returnId") Long returnId, @Valid @NotNull Step step) {
        return ReturnView.of(returns.complete(complaintId, returnId, step.comment(), step.version()));
    }

    @POST
    @Path("{returnId}/cancellation")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @Operation(summary = "Cancel a return before its analysis; the comment is the reason")
    public ReturnView cancel(@PathParam("id") Long complaintId, @PathParam("returnId") Long returnId, @Valid @NotNull Step step) {
        return ReturnView.of(returns.cancel(complaintId, returnId, step.comment(), step.version()));
    }
}
