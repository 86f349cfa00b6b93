package org.vocdesk.capa.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.entity.Text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 8D step deadlines: the configured defaults (vocdesk.capa.within.D1..D8) and a customer's own, in working time. */
@Path("capa/step-deadlines")
@Tag(name = "8D and CAPA")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StepDeadlinesResource {

    public record Within(@Text(max = 20, required = true) String within) {
    }

    public record Own(Discipline discipline, String within) {
    }

    @Inject
    StepDeadlineSettings settings;

    @GET
    @Operation(summary = "The default time of each step (working time after the report is opened: 1d, 4h, ...)")
    public Map<Discipline, String> defaults() {
        return settings.defaults();
    }

    @GET
    @Path("customers/{customerId}")
    @Operation(summary = "A customer's own step times")
    public List<Own> ofCustomer(@PathParam("customerId") long customerId) {
        return settings.ofCustomer(customerId).stream().map(d -> new Own(d.getDiscipline(), d.getWithin())).toList();
    }

    @PUT
    @Path("customers/{customerId}/{discipline}")
    @Operation(summary = "Set a customer's own time for one step, e.g. D3 within 4h")
    @RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER})
    public Own set(@PathParam("customerId") long customerId, @PathParam("discipline") String discipline, @Valid @NotNull Within within) {
        var own = settings.set(customerId, discipline(discipline), within.within());
        return new Own(own.getDiscipline(), own.getWithin());
    }

    @DELETE
    @Path("customers/{customerId}/{discipline}")
    @Operation(summary = "Back to the default for that step")
    @RolesAllowed({ADMINISTRATOR, QUALITY_MANAGER})
    public Response remove(@PathParam("customerId") long customerId, @PathParam("discipline") String discipline) {
        settings.remove(customerId, discipline(discipline));
        return Response.noContent().build();
    }

    static Discipline discipline(String text) {
        try {
            return Discipline.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("discipline", "capa.step.unknown", text);
        }
    }
}
