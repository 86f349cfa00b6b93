package org.vocdesk.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's side of a survey, by the token of the personal link: read, save (resumable), submit once.
 * An unknown token is 404, an expired one 403, a used one 409; none of them changes anything.
 */
@Path("public/surveys/{token}")
@PermitAll
@Tag(name = "Public surveys", description = "Answering a satisfaction survey through the personal link")
@SecurityRequirements
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicSurveysResource {

    @Inject
    Surveys surveys;

    @GET
    @Operation(summary = "The questionnaire in the customer's language and the answers saved so far")
    public SurveyForm form(@PathParam("token") String token) {
        return surveys.form(token);
    }

    @PUT
    @Operation(summary = "Save answers (some may be missing); continue later with the same link")
    public SurveyForm save(@PathParam("token") String token, @NotNull AnswersInput input) {
        return surveys.save(token, input);
    }

    @POST
    @Path("submit")
    @Operation(summary = "Save the last answers and submit; refused with the exact reason while incomplete")
    public SubmitReceipt submit(@PathParam("token") String token, @NotNull AnswersInput input) {
        ResponseView r = surveys.submit(token, input);
        return new SubmitReceipt(r.status(), r.submittedAt());
    }

    /** The customer learns that the answers arrived, not the internal score. */
    public record SubmitReceipt(String status, java.time.Instant submittedAt) {
    }
}
