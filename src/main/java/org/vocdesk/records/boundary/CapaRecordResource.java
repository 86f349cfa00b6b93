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

/** The corrective and preventive action / 8D report of a complaint as PDF/A, for whoever may read its 8D report. */
@Path("complaints/{id}/capa/report")
@Tag(name = "8D and CAPA")
public class CapaRecordResource {

    @Inject
    RecordReports reports;

    @Context
    HttpHeaders headers;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The corrective and preventive action report with the 8D report (PDF/A); lang=zh or en, else Accept-Language")
    public jakarta.ws.rs.core.Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return RecordDownloads.pdf(reports.capa(id, RecordDownloads.language(lang, headers)));
    }
}
