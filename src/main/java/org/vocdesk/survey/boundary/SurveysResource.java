package org.vocdesk.survey.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.survey.entity.QuestionData;
import org.vocdesk.survey.entity.TransactionLine;
import org.vocdesk.survey.entity.TransactionSource;

import java.util.List;
import java.util.Map;

import static org.vocdesk.identity.entity.Role.Names.*;

/** Satisfaction surveys over REST for staff; rules and role checks are in {@link Surveys}. */
@Path("surveys")
@Tag(name = "surveys", description = "Customer satisfaction campaigns, responses and analysis (顾客满意度)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
public class SurveysResource {

    @Inject
    Surveys surveys;

    @Inject
    CustomerTransactions transactions;

    @GET
    @Path("templates")
    @Operation(summary = "All questionnaire versions with their questions")
    public List<TemplateView> templates() {
        return surveys.templates();
    }

    @PUT
    @Path("templates/{id}/questions")
    @Operation(summary = "Rewrite the questions of a version (QUALITY_MANAGER, ADMINISTRATOR); 409 when a live campaign uses it")
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public TemplateView revise(@PathParam("id") long id, @NotNull List<QuestionData> questions) {
        return surveys.reviseTemplate(id, questions);
    }

    @POST
    @Path("templates/{id}/versions")
    @Operation(summary = "New editable version copied from this one (QUALITY_MANAGER, ADMINISTRATOR)")
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public Response newVersion(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(surveys.newVersion(id)).build();
    }

    @GET
    @Path("campaigns")
    @Operation(summary = "Campaigns with eligible customers, issued, returned and the return rate against the target")
    public List<CampaignView> campaigns() {
        return surveys.campaigns();
    }

    @POST
    @Path("campaigns")
    @Operation(summary = "Create a draft campaign (CLERK, QUALITY_MANAGER, ADMINISTRATOR)")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public Response create(@NotNull @Valid CampaignInput input) {
        return Response.status(Response.Status.CREATED).entity(surveys.createCampaign(input)).build();
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignView campaign(@PathParam("id") long id) {
        return surveys.campaign(id);
    }

    @POST
    @Path("campaigns/{id}/launch")
    @Operation(summary = "Go live: invite every eligible customer, by e-mail where an address is known")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CampaignView launch(@PathParam("id") long id, LaunchInput input) {
        return surveys.launch(id, input);
    }

    @POST
    @Path("campaigns/{id}/close")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CampaignView close(@PathParam("id") long id) {
        return surveys.close(id);
    }

    @POST
    @Path("campaigns/{id}/reminders")
    @Operation(summary = "Remind every customer who has not answered yet, now")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public Map<String, Integer> remind(@PathParam("id") long id) {
        return Map.of("sent", surveys.remind(id));
    }

    @GET
    @Path("campaigns/{id}/responses")
    public List<ResponseView> responses(@PathParam("id") long id) {
        return surveys.responses(id);
    }

    @GET
    @Path("campaigns/{id}/analysis")
    @Operation(summary = "Issued, returned, valid, per project type band distribution and averages, history, reasons, actions")
    public Analysis analysis(@PathParam("id") long id) {
        return surveys.analysis(id);
    }

    @POST
    @Path("invitations/{id}/entry")
    @Operation(summary = "Enter a response received on paper or by phone (mode PAPER or PHONE) and submit it")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public ResponseView enter(@PathParam("id") long id, @NotNull AnswersInput input) {
        return surveys.enter(id, input);
    }

    @GET
    @Path("customers/{id}/responses")
    public List<ResponseView> ofCustomer(@PathParam("id") long id) {
        return surveys.responsesOfCustomer(id);
    }

    @GET
    @Path("campaigns/{id}/improvements")
    public List<ImprovementView> improvements(@PathParam("id") long id) {
        return surveys.improvements(id);
    }

    @POST
    @Path("improvements/{id}/done")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, ADMINISTRATOR})
    public ImprovementView done(@PathParam("id") long id, @NotNull @Valid NoteInput input) {
        return surveys.completeAction(id, input);
    }

    @POST
    @Path("improvements/{id}/reply")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, ADMINISTRATOR})
    public ImprovementView reply(@PathParam("id") long id, @NotNull @Valid NoteInput input) {
        return surveys.replied(id, input);
    }

    // ---- transactions (eligibility)

    @POST
    @Path("transactions")
    @Operation(summary = "Record customers' orders (customerCode, reference = order number, date, quantity); all or nothing; "
            + "an order number already known for the customer is updated (CLERK, QUALITY_MANAGER, ADMINISTRATOR)")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CustomerTransactions.ImportResult record(@NotNull List<TransactionLine> lines) {
        return transactions.record(lines, TransactionSource.MANUAL);
    }

    @POST
    @Path("transactions/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import an order export: CSV customer code, order number, order date (yyyy-MM-dd)[, quantity]")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CustomerTransactions.ImportResult importCsv(byte[] content) {
        return transactions.importCsv(content);
    }

    @GET
    @Path("customers/{id}/transactions")
    public List<TransactionView> transactionsOf(@PathParam("id") long id) {
        return transactions.ofCustomer(id, 1000);
    }

    @jakarta.ws.rs.DELETE
    @Path("transactions/{id}")
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public Response removeTransaction(@PathParam("id") long id) {
        transactions.remove(id);
        return Response.noContent().build();
    }
}
