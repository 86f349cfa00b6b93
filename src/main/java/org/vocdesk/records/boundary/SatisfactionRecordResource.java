package org.vocdesk.records.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer satisfaction analysis report of a campaign as PDF/A. */
@Path("surveys/campaigns/{id}/analysis/report")
@Tag(name = "surveys")
public class SatisfactionRecordResource {

    @Inject
    RecordReports reports;

    @Context
    HttpHeaders headers;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The customer satisfaction analysis report (PDF/A); lang=zh or en, else Accept-Language")
    public jakarta.ws.rs.core.Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return RecordDownloads.pdf(reports.satisfaction(id, RecordDownloads.language(lang, headers)));
    }
}
