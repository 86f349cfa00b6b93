package org.vocdesk.capa.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.capa.control.FishboneSvg;
import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.ApprovalStage;
import org.vocdesk.capa.entity.ApprovalSubject;
import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.capa.entity.DocumentType;
import org.vocdesk.capa.entity.DocumentUpdate;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.FiveM;
import org.vocdesk.capa.entity.ProblemDescription;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.entity.Text;
import org.vocdesk.signature.boundary.SignatureCheck;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 8D report and CAPA of one complaint over REST. Every change carries the version of the report the
 * caller last saw; a stale version gets 409 with a clear message instead of overwriting someone's work.
 */
@Path("complaints/{id}/capa")
@Tag(name = "8D and CAPA", description = "Investigation, root cause, 8D report, corrective and preventive actions, effectiveness")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapaResource {

    public record Versioned(@NotNull Long version) {
    }

    public record TextChange(@NotNull Long version, @Text(max = 4000) String text) {
    }

    public record Member(@Text(max = 120) String name, @Text(max = 120) String role, boolean leader) {
    }

    public record Team(@NotNull Long version, List<Member> members) {
    }

    public record Problem(@NotNull Long version, @Text(max = 2000) String what, @Text(max = 2000) String why, @Text(max = 2000) String when,
                          @Text(max = 2000) String where, @Text(max = 2000) String who, @Text(max = 2000) String how,
                          @Text(max = 2000) String howMany) {
    }

    public record Stock(@Text(max = 200) String location, int quantity, Integer checked, Integer defective) {
    }

    public record Containment(@NotNull Long version, @Text(max = 4000) String actions, List<Stock> suspectStock) {
    }

    public record Chain(@NotNull Long version, ChainKind kind, @Text(max = 2000) String problem, List<String> whys) {
    }

    public record Cause(@NotNull Long version, FiveM category, @Text(max = 2000) String description) {
    }

    public record Verdict(@NotNull Long version, CauseStatus status, @Text(max = 4000) String evidence) {
    }

    public record Document(DocumentType type, @Text(max = 200) String reference, @Text(max = 30) String revision) {
    }

    public record Documents(@NotNull Long version, List<Document> documents) {
    }

    public record Assignment(@NotNull Long version, Long ownerId, Instant dueAt) {
    }

    /** A sign-off is an electronic signature: the signer's password is required again. */
    public record Decision(@NotNull Long version, ApprovalSubject subject, ApprovalStage stage, boolean approve, @Text(max = 4000) String reason,
                           String password) {
    }

    public record Countersignature(@NotNull Long version, String password) {
    }

    public record Meeting(@NotNull Long version, LocalDate heldOn, List<Long> attendeeIds, @Text(max = 4000) String conclusion) {
    }

    public record NewAction(@NotNull Long version, ActionKind kind, @Text(max = 2000) String description, Long ownerId, Instant dueAt) {
    }

    public record Done(@NotNull Long version, @Text(max = 4000) String result) {
    }

    public record Effectiveness(@NotNull Long version, boolean effective, @Text(max = 4000) String verdict) {
    }

    @Inject
    EightDReports reports;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Open the 8D report of a complaint under investigation; every step gets its owner and deadline")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Response open(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(view(reports.open(id))).build();
    }

    @GET
    @Operation(summary = "The 8D report: steps with owner, deadline and what is still missing, analysis, meetings, sign-offs, CAPA")
    public ReportView get(@PathParam("id") long id) {
        return view(reports.get(id));
    }

    @PUT
    @Path("team")
    @Operation(summary = "D1: the team (at least two members, one of them leading)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView team(@PathParam("id") long id, @Valid @NotNull Team team) {
        List<TeamMember> members = team.members() == null ? List.of()
                : team.members().stream().map(m -> new TeamMember(m.name(), m.role(), m.leader())).toList();
        return view(reports.describeTeam(id, team.version(), members));
    }

    @PUT
    @Path("problem")
    @Operation(summary = "D2: the problem by 5W2H (what, why, when, where, who, how, how many)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView problem(@PathParam("id") long id, @Valid @NotNull Problem p) {
        return view(reports.describeProblem(id, p.version(), new ProblemDescription(p.what(), p.why(), p.when(), p.where(), p.who(), p.how(), p.howMany())));
    }

    @PUT
    @Path("containment")
    @Operation(summary = "D3: interim actions, suspect stock with where it is and the sorting results")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView containment(@PathParam("id") long id, @Valid @NotNull Containment c) {
        List<SuspectStock> stock = c.suspectStock() == null ? List.of()
                : c.suspectStock().stream().map(s -> new SuspectStock(s.location(), s.quantity(), s.checked(), s.defective())).toList();
        return view(reports.contain(id, c.version(), c.actions(), stock));
    }

    @POST
    @Path("why-chains")
    @Operation(summary = "D4 analysis: a 5-Why chain for the occurrence or the escape; the last answer is the root cause")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView addChain(@PathParam("id") long id, @Valid @NotNull Chain chain) {
        return view(reports.addWhyChain(id, chain.version(), chain.kind(), chain.problem(), chain.whys()));
    }

    @DELETE
    @Path("why-chains/{chainId}")
    @Operation(summary = "Remove a 5-Why chain (while D4 is open)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView removeChain(@PathParam("id") long id, @PathParam("chainId") long chainId, @QueryParam("version") Long version) {
        return view(reports.removeWhyChain(id, required(version), chainId));
    }

    @POST
    @Path("causes")
    @Operation(summary = "D4 analysis: a possible cause on the fishbone, by 5M1E category")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView addCause(@PathParam("id") long id, @Valid @NotNull Cause cause) {
        return view(reports.addCause(id, cause.version(), cause.category(), cause.description()));
    }

    @POST
    @Path("causes/{causeId}/verdict")
    @Operation(summary = "Mark a cause VERIFIED or RULED_OUT, with the evidence")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView judge(@PathParam("id") long id, @PathParam("causeId") long causeId, @Valid @NotNull Verdict verdict) {
        return view(reports.judgeCause(id, verdict.version(), causeId, verdict.status(), verdict.evidence()));
    }

    @GET
    @Path("signatures")
    @Operation(summary = "The electronic signatures of the analysis, the measures and the meetings, each VALID or TAMPERED")
    public List<SignatureCheck> signatures(@PathParam("id") long id) {
        return reports.signatures(id);
    }

    @GET
    @Path("fishbone.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The fishbone diagram drawn from the causes")
    public Response fishbone(@PathParam("id") long id) {
        EightDReport report = reports.get(id);
        var locale = RequestLocale.of(headers);
        String problem = report.getProblem().getWhat() != null ? report.getProblem().getWhat() : report.getComplaint().getNumber();
        return Response.ok(FishboneSvg.draw(problem, report.getCauses(), m -> Messages.get(locale, "capa.fiveM." + m.name())))
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("permanent-verification")
    @Operation(summary = "D5: how the chosen permanent actions were verified")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView permanentVerification(@PathParam("id") long id, @Valid @NotNull TextChange change) {
        return view(reports.recordPermanentVerification(id, change.version(), change.text()));
    }

    @PUT
    @Path("validation")
    @Operation(summary = "D6: implementation and validation of the permanent actions")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView validation(@PathParam("id") long id, @Valid @NotNull TextChange change) {
        return view(reports.recordImplementationValidation(id, change.version(), change.text()));
    }

    @PUT
    @Path("documents")
    @Operation(summary = "D7: documents updated to prevent recurrence (FMEA, CONTROL_PLAN, WORK_INSTRUCTION, OTHER) with references")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView documents(@PathParam("id") long id, @Valid @NotNull Documents documents) {
        List<DocumentUpdate> updates = documents.documents() == null ? List.of()
                : documents.documents().stream().map(d -> new DocumentUpdate(d.type(), d.reference(), d.revision())).toList();
        return view(reports.recordDocuments(id, documents.version(), updates));
    }

    @PUT
    @Path("recognition")
    @Operation(summary = "D8: recognition of the team")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView recognition(@PathParam("id") long id, @Valid @NotNull TextChange change) {
        return view(reports.recognize(id, change.version(), change.text()));
    }

    @POST
    @Path("steps/{discipline}/completion")
    @Operation(summary = "Complete a step (D1..D8): refused while its required content is missing or the step before is open")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView complete(@PathParam("id") long id, @PathParam("discipline") String discipline, @Valid @NotNull Versioned v) {
        return view(reports.complete(id, v.version(), discipline(discipline)));
    }

    @PUT
    @Path("steps/{discipline}/assignment")
    @Operation(summary = "Give a step another owner and, optionally, another deadline")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView assign(@PathParam("id") long id, @PathParam("discipline") String discipline, @Valid @NotNull Assignment a) {
        return view(reports.assign(id, a.version(), discipline(discipline), a.ownerId(), a.dueAt()));
    }

    @POST
    @Path("approvals")
    @Operation(summary = "Sign (DEPARTMENT_SIGN) or review (QUALITY_REVIEW) the ANALYSIS or the MEASURES; a rejection returns the step with the reason")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER})
    public ReportView decide(@PathParam("id") long id, @Valid @NotNull Decision d) {
        return view(reports.decide(id, d.version(), required(d.subject(), "subject"), required(d.stage(), "stage"), d.approve(), d.reason(), d.password()));
    }

    @POST
    @Path("meetings")
    @Operation(summary = "Record a cross-department review meeting: date, attendees (user ids), conclusion")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView meeting(@PathParam("id") long id, @Valid @NotNull Meeting m) {
        return view(reports.recordMeeting(id, m.version(), m.heldOn(), m.attendeeIds(), m.conclusion()));
    }

    @POST
    @Path("meetings/{meetingId}/countersignature")
    @Operation(summary = "An attending manager countersigns the meeting's conclusion")
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView countersign(@PathParam("id") long id, @PathParam("meetingId") long meetingId, @Valid @NotNull Countersignature c) {
        return view(reports.countersign(id, c.version(), meetingId, c.password()));
    }

    @POST
    @Path("actions")
    @Operation(summary = "Add a CORRECTIVE or PREVENTIVE action with owner and due date (escalated when overdue)")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView addAction(@PathParam("id") long id, @Valid @NotNull NewAction a) {
        return view(reports.addAction(id, a.version(), a.kind(), a.description(), a.ownerId(), a.dueAt()));
    }

    @POST
    @Path("actions/{actionId}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach evidence to an action: the request body is the file (type checked by content); version as query parameter")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Response addEvidence(@PathParam("id") long id, @PathParam("actionId") long actionId, @QueryParam("version") Long version,
                                @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        var evidence = reports.addEvidence(id, required(version), actionId, fileName, body.readAllBytes());
        return Response.status(Response.Status.CREATED).entity(ReportView.EvidenceView.of(evidence)).build();
    }

    @GET
    @Path("actions/{actionId}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file")
    public Response evidence(@PathParam("id") long id, @PathParam("actionId") long actionId, @PathParam("evidenceId") long evidenceId) {
        var download = reports.evidence(id, actionId, evidenceId);
        return Response.ok(download.content(), download.evidence().getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + download.evidence().getFileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("actions/{actionId}/completion")
    @Operation(summary = "Mark an action done (needs evidence); the last one schedules the effectiveness check")
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView completeAction(@PathParam("id") long id, @PathParam("actionId") long actionId, @Valid @NotNull Done done) {
        return view(reports.completeAction(id, done.version(), actionId, done.result()));
    }

    @GET
    @Path("related-complaints")
    @Operation(summary = "For the effectiveness check: new complaints of the same customer and product or category since the fix")
    public List<RelatedComplaint> related(@PathParam("id") long id) {
        return reports.relatedSinceFix(id).stream().map(RelatedComplaint::of).toList();
    }

    @POST
    @Path("effectiveness")
    @Operation(summary = "The effectiveness verdict: effective closes the CAPA, not effective reopens it with a new round of actions")
    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public ReportView effectiveness(@PathParam("id") long id, @Valid @NotNull Effectiveness e) {
        return view(reports.verifyEffectiveness(id, e.version(), e.effective(), e.verdict()));
    }

    private ReportView view(EightDReport report) {
        return ReportView.of(report, clock.instant());
    }

    private static long required(Long version) {
        if (version == null) {
            throw BusinessException.invalidField("version", "capa.report.versionRequired");
        }
        return version;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw BusinessException.invalidField(field, "capa.input.required", field);
        }
        return value;
    }

    private static Discipline discipline(String text) {
        return StepDeadlinesResource.discipline(text);
    }
}
