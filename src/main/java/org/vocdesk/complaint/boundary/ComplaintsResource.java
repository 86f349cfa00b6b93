package org.vocdesk.complaint.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import org.vocdesk.platform.entity.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.control.LedgerTotal;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.complaint.entity.TriageDecision;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Application-scoped: intake is the busiest call, and a resource made per request was injected anew each time. */
@ApplicationScoped
@Path("complaints")
@Tag(name = "Complaints", description = "Intake, triage, lifecycle and the complaint ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record Comment(@Text(max = 4000) String comment) {
    }

    public record FirstReply(Instant repliedAt, @Text(max = 4000) String summary) {
    }

    public record Reassignment(Long departmentId, Long handlerId, @Text(max = 4000) String comment) {
    }

    /**
     * A ledger page. total is exact when totalExact; a filter matching more than 10,000 complaints is not
     * counted to the end: total is then 10,000 and totalExact false (show "10,000+").
     */
    public record Page(long total, boolean totalExact, int first, int max, List<LedgerRow> items) {
    }

    public record TimelineEntry(Instant at, String actor, String kind, ComplaintStatus from, ComplaintStatus to, String comment) {
    }

    @Inject
    Complaints complaints;

    @Inject
    LedgerExports exports;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Record new feedback", description = "Returns 201 with the complaint and its number, e.g. CF2025050001")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Response create(@Valid @NotNull IntakeDetails details) {
        Complaint complaint = complaints.record(details, List.of());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(complaint.getId())).build())
                .entity(view(complaint)).build();
    }

    @GET
    @Operation(summary = "The complaint ledger: filtered, sorted and paged",
            description = "total is exact up to 10,000 matching complaints (totalExact true); above that it is 10,000 and totalExact is false (show \"10,000+\"). Filters: receivedFrom, receivedTo (yyyy-MM-dd in the company's zone, both days included, or an ISO instant), customerId, categoryId, type, priority, status, departmentId, handlerId, overdue, major, repeat (true/false), q (text). sort is one of number, receivedAt, customer, category, priority, status, responseDue, firstReplyDue, closedAt, channel, type; order asc or desc")
    public Page list(@BeanParam LedgerParams params, @QueryParam("first") String first, @QueryParam("max") String max) {
        LedgerFilter filter = params.filter(formats.zone());
        int offset = QueryParameters.bounded(first, "first", 0, 0, Integer.MAX_VALUE);
        int size = QueryParameters.bounded(max, "max", 25, 1, 500);
        LedgerTotal total = complaints.ledgerTotal(filter);
        return new Page(total.count(), total.exact(), offset, size,
                complaints.ledger(filter, offset, size, params.sort(), params.ascending()));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The filtered ledger as CSV (UTF-8 with BOM, for Excel): every matching row",
            description = "Same filters and sort as the list; column headers in the language of lang (en, zh-CN) or Accept-Language")
    public Response exportCsv(@BeanParam LedgerParams params, @QueryParam("lang") String lang) {
        LedgerFilter filter = params.filter(formats.zone());
        Locale locale = language(lang);
        StreamingOutput body = out -> exports.csv(filter, params.sort(), params.ascending(), locale, out);
        return download(body, "csv", "text/csv;charset=UTF-8");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The filtered ledger as an Excel workbook: every matching row",
            description = "Same filters and sort as the list; column headers in the language of lang (en, zh-CN) or Accept-Language")
    public Response exportXlsx(@BeanParam LedgerParams params, @QueryParam("lang") String lang) {
        LedgerFilter filter = params.filter(formats.zone());
        Locale locale = language(lang);
        StreamingOutput body = out -> exports.xlsx(filter, params.sort(), params.ascending(), locale, out);
        return download(body, "xlsx", XLSX);
    }

    private Response download(StreamingOutput body, String extension, String type) {
        String name = "ledger-" + LocalDate.now(clock.withZone(formats.zone())).format(DateTimeFormatter.BASIC_ISO_DATE) + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The lang parameter (the page passes the language the user chose), else Accept-Language. */
    private Locale language(String lang) {
        if (lang != null && !lang.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(lang.strip()));
        }
        return RequestLocale.of(headers);
    }

    @GET
    @Path("{ref}")
    @Operation(summary = "One complaint, by id or by number")
    public ComplaintView get(@PathParam("ref") String ref) {
        return view(find(ref));
    }

    @GET
    @Path("{ref}/timeline")
    @Operation(summary = "What happened to the complaint, who did it and when")
    public List<TimelineEntry> timeline(@PathParam("ref") String ref) {
        return complaints.timeline(find(ref).getId()).stream().map(e -> new TimelineEntry(e.getOccurredAt(), e.getActor(), e.getKind().name(),
                e.getFromStatus(), e.getToStatus(), e.getComment())).toList();
    }

    @POST
    @Path("{ref}/triage")
    @Operation(summary = "Triage: valid (priority, major flags, department, handler) or not valid (closes it with the reason)")
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView triage(@PathParam("ref") String ref, @Valid @NotNull TriageDecision decision) {
        return view(complaints.triage(find(ref).getId(), decision));
    }

    @POST
    @Path("{ref}/first-reply")
    @Operation(summary = "Record the first reply to the customer (measured against the first-reply deadline)")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView firstReply(@PathParam("ref") String ref, @Valid @NotNull FirstReply reply) {
        return view(complaints.recordFirstReply(find(ref).getId(), reply.repliedAt(), reply.summary()));
    }

    @POST
    @Path("{ref}/reassignment")
    @Operation(summary = "Give the complaint to another department or handler")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView reassign(@PathParam("ref") String ref, @Valid @NotNull Reassignment to) {
        return view(complaints.reassign(find(ref).getId(), to.departmentId(), to.handlerId(), to.comment()));
    }

    @POST
    @Path("{ref}/investigation")
    @Operation(summary = "Start the investigation (the responsible department)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView investigate(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.startInvestigation(find(ref).getId(), comment.comment()));
    }

    @POST
    @Path("{ref}/confirmation-request")
    @Operation(summary = "Handling done: ask the customer to confirm the closure; the comment is the resolution")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView requestConfirmation(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.requestConfirmation(find(ref).getId(), comment.comment()));
    }

    @POST
    @Path("{ref}/closure")
    @Operation(summary = "Close after the customer confirmed; the comment says how they confirmed")
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView close(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.close(find(ref).getId(), comment.comment()));
    }

    @POST
    @Path("{ref}/voiding")
    @Operation(summary = "Void a complaint recorded in error, with a reason: it leaves the ledger and stays in the audit trail")
    public ComplaintView voidComplaint(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.voidComplaint(find(ref).getId(), comment.comment()));
    }

    @POST
    @Path("{ref}/reopening")
    @Operation(summary = "Reopen a closed complaint, with the reason")
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView reopen(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.reopen(find(ref).getId(), comment.comment()));
    }

    @POST
    @Path("{ref}/customer-wait")
    @Operation(summary = "The complaint waits on the customer (the comment says for what): its deadlines stop until the wait ends"
            + " (handler, department manager, quality or general manager)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView waitForCustomer(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.waitForCustomer(find(ref).getId(), comment.comment()));
    }

    @POST
    @Path("{ref}/customer-wait/end")
    @Operation(summary = "The customer answered: the deadlines run again, moved by the working time waited"
            + " (also ended by the next step of the complaint)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ComplaintView endCustomerWait(@PathParam("ref") String ref, @Valid @NotNull Comment comment) {
        return view(complaints.endCustomerWait(find(ref).getId(), comment.comment()));
    }

    private Complaint find(String ref) {
        return ref.chars().allMatch(Character::isDigit) && ref.length() < 15
                ? complaints.get(Long.valueOf(ref)) : complaints.byNumber(ref);
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, clock.instant());
    }
}
