package org.vocdesk.closure.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.closure.entity.CustomerReply;
import org.vocdesk.closure.entity.FollowUp;
import org.vocdesk.closure.entity.ReplyInput;
import org.vocdesk.closure.entity.ReplyPurpose;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.entity.Text;
import org.vocdesk.signature.boundary.SignatureCheck;

import java.util.List;

/** Replies to the customer and the closure of one complaint (by id). Roles as on the boundaries Closures and CustomerReplies. */
@Path("complaints/{id}/signoff")
@Tag(name = "Customer reply and closure", description = "Replies, the customer's confirmation link, closure gates, general manager approval, follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosuresResource {

    public record Signing(@Text(max = 200) String password, @Text(max = 2000) String reason) {
    }

    public record FollowUpResult(boolean recurred, @Text(max = 4000, required = true) String note) {
    }

    public record Draft(ReplyPurpose purpose, String language, String text) {
    }

    @Inject
    Closures closures;

    @Inject
    CustomerReplies replies;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Replies, what still blocks the closure (in Accept-Language), signatures (checked), the latest customer link, satisfaction, follow-up")
    public ClosureView view(@PathParam("id") Long id) {
        return closures.view(id, RequestLocale.of(headers));
    }

    @GET
    @Path("replies")
    @Operation(summary = "The replies to the customer, oldest first")
    public List<CustomerReply> replies(@PathParam("id") Long id) {
        return replies.of(id);
    }

    @POST
    @Path("replies")
    @Operation(summary = "Record a reply (clerk, responsible department, quality or general manager)",
            description = "channel EMAIL or askCustomer=true e-mails it to the customer through the outbox. askCustomer with purpose RESULT"
                    + " (complaint awaiting confirmation, nothing else blocking the closure) or INVALID_EXPLANATION (complaint closed as invalid)"
                    + " adds the customer's single-use link. Thanks (purpose THANKS) for praise are shared with the department.")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public CustomerReply reply(@PathParam("id") Long id, @Valid @NotNull ReplyInput input) {
        return replies.record(id, input);
    }

    @GET
    @Path("draft")
    @Operation(summary = "The reply template of a purpose in a language (zh-CN, en), filled from the complaint")
    public Draft draft(@PathParam("id") Long id, @QueryParam("purpose") ReplyPurpose purpose, @QueryParam("language") String language) {
        ReplyPurpose chosen = purpose == null ? ReplyPurpose.RESULT : purpose;
        return new Draft(chosen, language, replies.draft(id, chosen, language));
    }

    @POST
    @Path("approval")
    @Operation(summary = "General manager: approve the closure of a major complaint, signing with the password")
    @RolesAllowed({GENERAL_MANAGER})
    public SignatureCheck approve(@PathParam("id") Long id, @Valid @NotNull Signing signing) {
        return closures.approve(id, signing.password());
    }

    @POST
    @Path("rejection")
    @Operation(summary = "General manager: reject the closure with a reason, signing with the password; the complaint is reopened")
    @RolesAllowed({GENERAL_MANAGER})
    public SignatureCheck reject(@PathParam("id") Long id, @Valid @NotNull Signing signing) {
        return closures.reject(id, signing.reason(), signing.password());
    }

    @POST
    @Path("follow-up")
    @Operation(summary = "Quality or general manager: record the follow-up check after closure")
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public FollowUp followUp(@PathParam("id") Long id, @Valid @NotNull FollowUpResult result) {
        return closures.completeFollowUp(id, result.recurred(), result.note());
    }
}
