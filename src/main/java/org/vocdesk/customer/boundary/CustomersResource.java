package org.vocdesk.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.customer.control.CustomerCsv;
import org.vocdesk.customer.control.CustomerSearch;
import org.vocdesk.customer.control.ImportReport;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.customer.entity.FieldProblem;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.boundary.Problem;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.control.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** The customer file over REST; the rules and role checks are in {@link Customers}. */
@Path("customers")
@Tag(name = "customers", description = "The customer file (顾客档案)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CLERK, Role.Names.HANDLER, Role.Names.DEPARTMENT_MANAGER, Role.Names.QUALITY_MANAGER,
        Role.Names.GENERAL_MANAGER, Role.Names.AUDITOR, Role.Names.ADMINISTRATOR})
public class CustomersResource {

    public record Page(List<CustomerView> items, long total, int first, int max) {
    }

    /** RFC 9457 problem whose errors are the bad rows of a refused import. */
    public record ImportProblem(String type, String title, int status, String detail, List<ImportReport.RowReport> errors) {
    }

    @Inject
    Customers customers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search customers (code, name, contact or phone contains q), paged and sorted")
    public Page list(@Parameter(description = "search text") @QueryParam("q") String q,
                     @Parameter(description = "true: only active, false: only inactive, absent: all") @QueryParam("active") Boolean active,
                     @QueryParam("first") @DefaultValue("0") int first,
                     @Parameter(description = "page size, at most 200") @QueryParam("max") @DefaultValue("25") int max,
                     @Parameter(description = "code, name, contactPerson, transactionCount, updatedAt or active; prefix - for descending")
                     @QueryParam("sort") String sort) {
        int size = CustomerSearch.pageSize(max);
        int start = CustomerSearch.first(first);
        List<CustomerView> items = customers.search(q, active, start, size, sort).stream().map(CustomerView::of).toList();
        return new Page(items, customers.count(q, active), start, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer")
    @APIResponse(responseCode = "404", description = "no such customer")
    public CustomerView get(@PathParam("id") Long id) {
        return CustomerView.of(customers.get(id));
    }

    @POST
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Create a customer")
    @APIResponse(responseCode = "201", description = "created; Location names the new customer")
    @APIResponse(responseCode = "400", description = "invalid data, every broken rule listed per field")
    public Response create(@NotNull CustomerInput input) {
        Response refused = refusal(input.toData());
        if (refused != null) {
            return refused;
        }
        CustomerView created = CustomerView.of(customers.create(input.toData()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Replace a customer's data; send the version you read to be told of concurrent changes (409)")
    @APIResponse(responseCode = "409", description = "changed by someone else since the given version")
    public Response update(@PathParam("id") Long id, @NotNull CustomerInput input) {
        Response refused = refusal(input.toData());
        return refused != null ? refused
                : Response.ok(CustomerView.of(customers.update(id, input.toData(), input.version()))).build();
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Deactivate a customer (customers are never deleted)")
    public CustomerView deactivate(@PathParam("id") Long id) {
        return CustomerView.of(customers.deactivate(id));
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Make a deactivated customer active again")
    public CustomerView reactivate(@PathParam("id") Long id) {
        return CustomerView.of(customers.reactivate(id));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.CLERK, Role.Names.QUALITY_MANAGER, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Import customers from CSV (UTF-8, header code,name,address,phone,contact,email,transactions,notes "
            + "or 编码,名称,地址,电话,联系人,邮箱,交易次数,备注; at most 5 MB and 20,000 rows). All-or-nothing: "
            + "if any row is bad nothing is stored. Rows with an existing code update that customer.")
    @APIResponse(responseCode = "200", description = "stored; counts of created and updated customers")
    @APIResponse(responseCode = "400", description = "refused, nothing stored; the problem lists every bad row with its line number and reasons")
    public Response importCsv(InputStream body) throws IOException {
        Locale locale = locale();
        byte[] content = body.readNBytes(CustomerCsv.MAX_BYTES + 1);
        ImportReport report = customers.importCsv(content, locale);
        if (report.stored()) {
            return Response.ok(report).build();
        }
        var problem = new ImportProblem("urn:vocdesk:problem:customer.import.refused", "Bad Request", 400,
                report.message(), report.errors());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Every broken rule at once (the boundary checks again and would report only the first). */
    private Response refusal(CustomerData data) {
        List<FieldProblem> problems = data.problems();
        if (problems.isEmpty()) {
            return null;
        }
        Locale locale = locale();
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(p.field(), Messages.get(locale, p.key(), p.argumentArray()))).toList();
        return new Problem("urn:vocdesk:problem:validation", "Bad Request", 400,
                Messages.get(locale, "platform.error.validation"), errors).toResponse();
    }

    private Locale locale() {
        return RequestLocale.of(headers);
    }
}
