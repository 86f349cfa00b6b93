package org.vocdesk.closure.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.closure.entity.ConfirmationToken.Refusal;
import org.vocdesk.closure.entity.CustomerAnswer;
import org.vocdesk.closure.entity.Satisfaction;
import org.vocdesk.platform.entity.Text;

/** The customer's answer link as REST, for the company's own portal; no login, the token is the only key. */
@Path("public/confirmations/{token}")
@PermitAll
@SecurityRequirements
@Tag(name = "Customer confirmation", description = "The customer confirms the closure or says it is not resolved, without a login")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConfirmationsResource {

    public record Answer(CustomerAnswer answer, Satisfaction satisfaction, @Text(max = 4000) String comment) {
    }

    @Inject
    CustomerConfirmations confirmations;

    @GET
    @Operation(summary = "What the link is about; 404 for an unknown link, 410 for an expired, replaced or used one, 409 when no longer open")
    public Response look(@PathParam("token") String token) {
        ConfirmationView view = confirmations.look(token);
        return view.usable() ? Response.ok(view).build() : Response.status(status(view.refusal())).entity(view).build();
    }

    @POST
    @Operation(summary = "Answer once: CONFIRMED (with satisfaction) or NOT_RESOLVED (with a comment); refused links change nothing")
    public ConfirmationView answer(@PathParam("token") String token, @Valid @NotNull Answer answer) {
        return confirmations.answer(token, answer.answer(), answer.satisfaction(), answer.comment());
    }

    static int status(Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN -> 404;
            case EXPIRED, USED, REPLACED -> 410;
            case NOT_OPEN -> 409;
        };
    }
}
