package org.vocdesk.publicfeedback.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.publicfeedback.control.ClientAddress;
import org.vocdesk.publicfeedback.entity.FeedbackForm;

import java.util.List;

/** Feedback from customers' own systems or a website of the company, without a login. */
@Path("public/feedback")
@PermitAll
@Tag(name = "Public feedback", description = "Customer feedback without a login, rate-limited per client address")
@SecurityRequirements
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicFeedbackResource {

    /** The answer: the acknowledgement number to quote when contacting the company. */
    public record Acknowledgement(String number) {
    }

    @Inject
    PublicFeedback feedback;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Send feedback (complaint, suggestion, praise, ...)",
            description = "Returns 201 with the acknowledgement number. 400 with field errors (in the Accept-Language)"
                    + " when the input is not valid; 429 with Retry-After when this address sent too much feedback recently."
                    + " Unless anonymous is true, give a name or company and a phone or e-mail. urgency defaults to MEDIUM.")
    public Response submit(@Valid @NotNull FeedbackForm form) {
        Receipt receipt = feedback.submit(form, clientAddress.of(request), null);
        return Response.status(Response.Status.CREATED).entity(new Acknowledgement(receipt.number())).build();
    }

    @GET
    @Path("categories")
    @Operation(summary = "The categories feedback can be filed under (id, code, English and Chinese names)")
    public List<CategoryOption> categories() {
        return feedback.categories();
    }
}
