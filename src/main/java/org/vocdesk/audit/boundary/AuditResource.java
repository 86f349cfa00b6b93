package org.vocdesk.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.audit.control.AuditSearch;
import org.vocdesk.audit.entity.HistoryEntry;
import org.vocdesk.audit.entity.Verification;
import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("audit")
@Tag(name = "Audit trail", description = "History of records, search across records, and the check of the hash chain")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Path("history/{type}/{id}")
    @Operation(summary = "The history of a record (type: its table, e.g. complaint, customer, capa_report, capa_plan) "
            + "and of its parts, with each field before and after, oldest first")
    public List<HistoryEntry> history(@PathParam("type") String type, @PathParam("id") String id) {
        return trail.history(type, number(id, "id"));
    }

    @GET
    @Path("changes")
    @Operation(summary = "Changes across records, newest first, by user, record type and key, and period (days, both included)")
    public List<HistoryEntry> changes(@QueryParam("user") String user, @QueryParam("type") String type,
                                      @QueryParam("key") String key, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("first") String first,
                                      @QueryParam("max") String max) {
        return trail.search(new AuditSearch.Criteria(user, type, key, date(from, "from"), date(to, "to"),
                first == null ? 0 : (int) number(first, "first"), max == null ? 100 : (int) number(max, "max")));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Seals what is pending, re-checks the whole hash chain and lists where it breaks")
    public Verification verify() {
        return trail.verify();
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField(name, "audit.error.parameter", name, value);
        }
    }

    private static long number(String value, String name) {
        try {
            long number = Long.parseLong(value.strip());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException | NullPointerException e) {
            throw BusinessException.invalidField(name, "audit.error.parameter", name, value);
        }
    }
}
