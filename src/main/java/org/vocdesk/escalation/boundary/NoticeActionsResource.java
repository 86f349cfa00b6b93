package org.vocdesk.escalation.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.notification.boundary.NoticeView;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.entity.Text;

/**
 * A supervisor acts on the complaint of an escalation notice they received (department, quality or general
 * manager; the auditor never). Each action acknowledges the notice with its comment; the answer is the notice.
 * Acknowledging without acting: POST /api/me/notices/{id}/acknowledgement.
 */
@Path("escalations/notices/{id}")
@Tag(name = "Escalation", description = "Escalation rules and steps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeActionsResource {

    public record Reassignment(Long departmentId, Long handlerId, @Text(max = 4000) String comment) {
    }

    public record Extension(@Text(max = 20) String by, @Text(max = 4000) String reason) {
    }

    public record TakeOver(@Text(max = 4000) String comment) {
    }

    @Inject
    SupervisorActions actions;

    @Context
    HttpHeaders headers;

    @POST
    @Path("reassignment")
    @Operation(summary = "Give the complaint of the notice to another handler (department managers: of their department) or department")
    public NoticeView reassign(@PathParam("id") Long id, @Valid @NotNull Reassignment body) {
        return actions.reassign(id, body.departmentId(), body.handlerId(), body.comment(), RequestLocale.of(headers));
    }

    @POST
    @Path("extension")
    @Operation(summary = "Extend the deadline the notice is about by working time (\"1d\", \"4h\") with a reason; the escalation is planned again")
    public NoticeView extend(@PathParam("id") Long id, @Valid @NotNull Extension body) {
        return actions.extend(id, body.by(), body.reason(), RequestLocale.of(headers));
    }

    @POST
    @Path("takeover")
    @Operation(summary = "Become the handler of the complaint of the notice")
    public NoticeView takeOver(@PathParam("id") Long id, @Valid TakeOver body) {
        return actions.takeOver(id, body == null ? null : body.comment(), RequestLocale.of(headers));
    }
}
