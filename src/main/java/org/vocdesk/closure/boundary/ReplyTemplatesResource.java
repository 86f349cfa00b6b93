package org.vocdesk.closure.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.closure.entity.ReplyTemplate;
import org.vocdesk.platform.entity.Text;

import java.util.List;

/** The reply templates in Chinese and English; edited by the quality manager or the administrator. */
@Path("reply-templates")
@Tag(name = "Reply templates", description = "Texts replies to customers start from, per purpose and language")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplyTemplatesResource {

    public record TemplateEdit(@Text(max = 200, required = true) String subject, @Text(max = 8000, required = true) String body,
                               long version) {
    }

    @Inject
    CustomerReplies replies;

    @GET
    @Operation(summary = "All templates (placeholders {number}, {customer}, {product}, {resolution}, {reason})")
    public List<ReplyTemplate> list() {
        return replies.templates();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a template's subject and body; version as read (409 when someone changed it meanwhile)")
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public ReplyTemplate edit(@PathParam("id") Long id, @Valid @NotNull TemplateEdit edit) {
        return replies.editTemplate(id, edit.subject(), edit.body(), edit.version());
    }
}
