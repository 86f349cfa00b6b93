package org.vocdesk.escalation.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.escalation.entity.ChainInput;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.RuleChain;
import org.vocdesk.platform.entity.Text;

import java.util.List;
import java.util.Locale;

/**
 * The escalation chains over REST: read by administrator, auditor and managers, changed by the administrator.
 * A change sends back the stamp it read; a chain changed meanwhile answers 409 and nothing is saved.
 */
@Path("escalation-rules")
@Tag(name = "Escalation", description = "Escalation rules and steps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleChainsResource {

    public record Chain(String kind, String priority, ChainInput.WarningMode warnMode, String warnValue, String handlerDelay,
                        String departmentManagerDelay, String qualityManagerDelay, String generalManagerDelay, String stamp) {
        static Chain of(RuleChains.ChainView view) {
            RuleChain c = view.chain();
            return new Chain(c.getKind(), c.getPriority(), c.getWarnMode(), c.getWarnValue(), c.delay(EscalationLevel.HANDLER),
                    c.delay(EscalationLevel.DEPARTMENT_MANAGER), c.delay(EscalationLevel.QUALITY_MANAGER),
                    c.delay(EscalationLevel.GENERAL_MANAGER), view.stamp());
        }
    }

    public record ChainChange(ChainInput.WarningMode warnMode, @Text(max = 20) String warnValue, @Text(max = 20) String handlerDelay,
                              @Text(max = 20) String departmentManagerDelay, @Text(max = 20) String qualityManagerDelay,
                              @Text(max = 20) String generalManagerDelay, @Text(max = 2000) String stamp) {
    }

    @Inject
    RuleChains chains;

    @GET
    @Operation(summary = "Every chain: kind of deadline, priority, warning and the delay of each level after the deadline")
    public List<Chain> list() {
        return chains.list().stream().map(Chain::of).toList();
    }

    @GET
    @Path("{kind}/{priority}")
    @Operation(summary = "One chain with its stamp (empty stamp: no rules yet)")
    public Chain get(@PathParam("kind") String kind, @PathParam("priority") String priority) {
        return Chain.of(chains.get(upper(kind), upper(priority)));
    }

    @PUT
    @Path("{kind}/{priority}")
    @Operation(summary = "Create or replace one chain (administrator); give the stamp read before, empty for a new chain")
    public Chain put(@PathParam("kind") String kind, @PathParam("priority") String priority, @Valid @NotNull ChainChange change) {
        return Chain.of(chains.save(new ChainInput(kind, priority, change.warnMode(), change.warnValue(), change.handlerDelay(),
                change.departmentManagerDelay(), change.qualityManagerDelay(), change.generalManagerDelay()), change.stamp()));
    }

    @DELETE
    @Path("{kind}/{priority}")
    @Operation(summary = "Remove the chain of one priority (administrator), which then follows the chain for any priority")
    public void delete(@PathParam("kind") String kind, @PathParam("priority") String priority, @QueryParam("stamp") String stamp) {
        chains.remove(upper(kind), upper(priority), stamp);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
