package org.vocdesk.notification.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.entity.Text;

import java.util.List;
import java.util.Locale;

/** The caller's inbox: notices about overdue work, and their acknowledgement. */
@Path("me/notices")
@Tag(name = "Notices", description = "The caller's inbox of notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticesResource {

    public record Acknowledgement(@Text(max = 4000) String comment) {
    }

    @Inject
    Notifications notifications;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's notices, newest first; state = open (default), acknowledged or all")
    public List<NoticeView> mine(@QueryParam("state") @DefaultValue("open") String state, @QueryParam("max") @DefaultValue("100") int max) {
        return notifications.mine(filter(state), RequestLocale.of(headers), max);
    }

    @GET
    @Path("count")
    @Operation(summary = "How many of the caller's notices are not yet acknowledged")
    public long openCount() {
        return notifications.openCount();
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Acknowledge one of the caller's notices, with an optional comment")
    public NoticeView acknowledge(@PathParam("id") Long id, @Valid Acknowledgement body) {
        return notifications.acknowledge(id, body == null ? null : body.comment(), RequestLocale.of(headers));
    }

    private static Notifications.Filter filter(String state) {
        try {
            return Notifications.Filter.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("state", "notification.filter.invalid", state);
        }
    }
}
