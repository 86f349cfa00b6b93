package org.vocdesk.escalation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.EscalationRule;
import org.vocdesk.escalation.entity.EscalationStep;
import org.vocdesk.escalation.entity.StepStatus;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.vocdesk.identity.entity.Role.Names.ADMINISTRATOR;

/** Escalation rules and steps over REST: a complaint's escalation history, all steps for the administrator. */
@Path("escalations")
@Tag(name = "Escalation", description = "Escalation rules and steps")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    public record StepView(long id, String subjectType, long subjectId, String subjectRef, String kind, EscalationLevel level,
                           Instant deadline, Instant dueAt, StepStatus status, String claimedBy, Instant doneAt,
                           int recipients, String note) {
        static StepView of(EscalationStep s) {
            return new StepView(s.getId(), s.getSubjectType(), s.getSubjectId(), s.getSubjectRef(), s.getKind(), s.getLevel(),
                    s.getDeadline(), s.getDueAt(), s.getStatus(), s.getClaimedBy(), s.getDoneAt(), s.getRecipients(), s.getNote());
        }
    }

    public record RuleView(long id, String kind, String priority, EscalationLevel level, String delayAfter, Integer warnPercent, boolean active) {
        static RuleView of(EscalationRule r) {
            return new RuleView(r.getId(), r.getKind(), r.getPriority(), r.getLevel(), r.getDelayAfter(), r.getWarnPercent(), r.isActive());
        }
    }

    public record RunView(int sent, int cancelled, int deferred, long millis) {
    }

    @Inject
    Escalations escalations;

    @GET
    @Path("complaints/{id}/steps")
    @Operation(summary = "The escalation steps of one complaint (its escalation history)")
    public List<StepView> ofComplaint(@PathParam("id") long id) {
        return escalations.history(ComplaintDeadlines.TYPE, id).stream().map(StepView::of).toList();
    }

    @GET
    @Path("steps")
    @Operation(summary = "All escalation steps, latest due first; status = PENDING, SENT or CANCELLED to filter")
    public List<StepView> steps(@QueryParam("status") String status, @QueryParam("max") @DefaultValue("200") int max) {
        return escalations.steps(parse(status), max).stream().map(StepView::of).toList();
    }

    @GET
    @Path("rules")
    @Operation(summary = "The escalation rules: per kind of deadline and priority, the levels with their delays")
    public List<RuleView> rules() {
        return escalations.rules().stream().map(RuleView::of).toList();
    }

    @POST
    @Path("runs")
    @RolesAllowed(ADMINISTRATOR)
    @Operation(summary = "Run the due steps now, as the timer does on every server (administrator); says what it did and how long it took")
    public RunView run() {
        long started = System.nanoTime();
        Escalations.RunResult result = escalations.runDue();
        return new RunView(result.sent(), result.cancelled(), result.deferred(), (System.nanoTime() - started) / 1_000_000);
    }

    private static StepStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return StepStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("status", "escalation.status.invalid", status);
        }
    }
}
