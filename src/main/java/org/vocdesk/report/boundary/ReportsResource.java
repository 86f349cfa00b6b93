package org.vocdesk.report.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.report.control.ReportLanguage;
import org.vocdesk.report.entity.ReportJob;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Record PDFs and exports: direct downloads, background jobs ("my reports") and their files. */
@Path("reports")
@Tag(name = "Reports", description = "Complaint ledger, monthly analysis, audit pack and other record PDFs; background jobs")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    /**
     * A background report: status QUEUED, RUNNING, DONE or FAILED; progress in percent; when DONE the file's name,
     * size, SHA-256 and download path; when FAILED the reason in the caller's language.
     */
    public record JobView(long id, String kind, String parameters, String language, String status, int progress,
                          String fileName, Long sizeBytes, String sha256, String error, Instant createdAt,
                          Instant finishedAt, String file) {

        static JobView of(ReportJob job) {
            return new JobView(job.getId(), job.getKind(), job.getParameters(), job.getLanguage(), job.getStatus().name(),
                    job.getProgress(), job.getFileName(), job.getSizeBytes(), job.getSha256(), job.getError(),
                    job.getCreatedAt(), job.getFinishedAt(),
                    job.getStatus() == ReportJob.Status.DONE ? "/api/reports/jobs/" + job.getId() + "/file" : null);
        }
    }

    @Inject
    Reports reports;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("{kind}")
    @Produces({"application/pdf", "application/zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json"})
    @Operation(summary = "Download a report now",
            description = "kind: complaint-ledger (the ledger's filters: receivedFrom, receivedTo, status, categoryId, ...; at most "
                    + "vocdesk.report.direct-rows rows, else 409: start a job), complaint-ledger-xlsx, monthly-analysis "
                    + "(month=yyyy-MM, departmentId). lang=zh or en (default Accept-Language). audit-pack only as a job.")
    public Response download(@PathParam("kind") String kind, @QueryParam("lang") String lang) {
        Reports.Order order = reports.direct(kind, parameters(), language(lang));
        StreamingOutput body = out -> order.kind().write(order.order(), org.vocdesk.report.control.ReportKind.Progress.NONE, out);
        return attachment(Response.ok(body, order.kind().contentType()), order.kind().fileName(order.order()));
    }

    @POST
    @Path("{kind}/jobs")
    @Operation(summary = "Start a report in the background",
            description = "Same kinds and query parameters as the direct download, plus audit-pack (from, to: yyyy-MM-dd; auditor "
                    + "and quality manager). 202 with the job; poll /api/reports/jobs/{id}, download its file when DONE.")
    public Response start(@PathParam("kind") String kind, @QueryParam("lang") String lang) {
        ReportJob job = reports.start(kind, parameters(), language(lang));
        return Response.accepted(JobView.of(job)).location(URI.create(uri.getBaseUri() + "reports/jobs/" + job.getId())).build();
    }

    @GET
    @Path("jobs")
    @Operation(summary = "The caller's background reports, newest first (\"my reports\")")
    public List<JobView> mine() {
        return reports.mine().stream().map(JobView::of).toList();
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "One of the caller's background reports")
    public JobView job(@PathParam("id") String id) {
        return JobView.of(reports.mine(id(id)));
    }

    @GET
    @Path("jobs/{id}/file")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, "application/problem+json"})
    @Operation(summary = "The file of one of the caller's finished background reports (409 while it runs)")
    public Response file(@PathParam("id") String id) {
        ReportJob job = reports.mine(id(id));
        java.nio.file.Path file = reports.file(job.getId());
        return attachment(Response.ok(file.toFile(), job.getContentType())
                .header("X-Content-SHA256", job.getSha256()), job.getFileName());
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.notFound("report.job.notFound", value);
        }
    }

    private static Response attachment(Response.ResponseBuilder response, String name) {
        return response.header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8)).header("Cache-Control", "no-store").build();
    }

    /** The query parameters (first value of each), without lang. */
    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!"lang".equals(name) && !values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        return parameters;
    }

    private Locale language(String lang) {
        return ReportLanguage.of(lang, RequestLocale.of(headers));
    }
}
