package org.vocdesk.capa.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.capa.control.EvidenceFiles;
import org.vocdesk.capa.control.SignedContents;
import org.vocdesk.capa.entity.Approval;
import org.vocdesk.capa.entity.MeetingAttendee;
import org.vocdesk.capa.entity.ReviewMeeting;
import org.vocdesk.signature.boundary.SignatureCheck;
import org.vocdesk.signature.boundary.Signatures;
import org.vocdesk.signature.entity.CanonicalText;
import org.vocdesk.signature.entity.SignatureMeaning;
import org.vocdesk.signature.entity.SignedSubject;
import java.util.ArrayList;
import org.vocdesk.capa.control.RelatedComplaints;
import org.vocdesk.capa.control.StepDeadlines;
import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.ApprovalStage;
import org.vocdesk.capa.entity.ApprovalSubject;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.capa.entity.DocumentUpdate;
import org.vocdesk.capa.entity.EffectivenessSchedule;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.Evidence;
import org.vocdesk.capa.entity.EvidenceContent;
import org.vocdesk.capa.entity.FiveM;
import org.vocdesk.capa.entity.ProblemDescription;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.complaint.control.AttachmentInspector;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The 8D report, its analysis and its CAPA record: every change in one transaction, checked against the
 * version the editor saw (a stale version is refused with a clear message instead of overwriting), and the
 * report's version raised by every change, so two concurrent edits never both win.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class EightDReports {


    @PersistenceContext
    EntityManager em;

    @Inject
    CallerVisibility visibility;

    @Inject
    StepDeadlines deadlines;

    @Inject
    RelatedComplaints related;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    @Inject
    Event<CapaChanged> changed;

    @Inject
    @ConfigProperty(name = "vocdesk.capa.effectiveness-after", defaultValue = "P3M")
    String effectivenessAfter;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    @ConfigProperty(name = "vocdesk.attachments.max-bytes", defaultValue = "20971520")
    long maxEvidenceBytes;

    /** Opens the 8D report of a valid complaint under investigation (or triaged); once per complaint. */
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport open(@NotNull Long complaintId) {
        Complaint complaint = em.find(Complaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null) {
            throw BusinessException.notFound("complaint.notFound", complaintId);
        }
        visibility.require(complaint);
        Actor actor = actor();
        if (!actor.hasAny(org.vocdesk.identity.entity.Role.QUALITY_MANAGER, org.vocdesk.identity.entity.Role.GENERAL_MANAGER)
                && !complaint.isResponsible(actor)) {
            throw BusinessException.forbidden("capa.action.notAllowed");
        }
        if (complaint.getStatus() != ComplaintStatus.TRIAGED && complaint.getStatus() != ComplaintStatus.INVESTIGATING
                && complaint.getStatus() != ComplaintStatus.REOPENED) {
            throw BusinessException.conflict("capa.open.wrongStatus", complaint.getStatus());
        }
        if (find(complaintId).isPresent()) {
            throw BusinessException.conflict("capa.open.exists");
        }
        Instant now = clock.instant();
        EightDReport report = new EightDReport(complaint, deadlines.plan(complaint, now), complaint.getHandler(), actor.username(), now);
        em.persist(report);
        em.flush();
        changed.fire(new CapaChanged(report.getId()));
        // the step owners (the complaint's handler) are read after the transaction, also when someone else opened it
        initialize(report);
        return report;
    }

    /**
     * The report of a complaint the caller may see. The complaint is checked first, as the complaint resource does:
     * 404 when it does not exist, 403 naming it when it lies outside the caller's scope, whether or not it has a
     * report; so the answer never tells a caller outside the scope whether an 8D was opened.
     */
    public Optional<EightDReport> find(@NotNull Long complaintId) {
        visibility.require(complaintId.longValue());
        return em.createQuery("select r from EightDReport r join fetch r.complaint c join fetch c.category"
                        + " left join fetch c.department left join fetch c.handler left join fetch c.customer where c.id = :id", EightDReport.class)
                .setParameter("id", complaintId).getResultStream().findFirst();
    }

    /** The report with everything its page and REST view show, so it can be read after the transaction. */
    public EightDReport get(@NotNull Long complaintId) {
        EightDReport report = find(complaintId).orElseThrow(() -> BusinessException.notFound("capa.report.notFound", complaintId));
        initialize(report);
        return report;
    }

    /** New complaints of the same customer and product or category since the fix, for the verifier. */
    public List<Complaint> relatedSinceFix(@NotNull Long complaintId) {
        return related.since(get(complaintId));
    }

    // ---- content -----------------------------------------------------------------------------------

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport describeTeam(@NotNull Long complaintId, long version, List<TeamMember> members) {
        return edit(complaintId, version, r -> r.describeTeam(actor(), members));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport describeProblem(@NotNull Long complaintId, long version, @NotNull ProblemDescription problem) {
        return edit(complaintId, version, r -> r.describeProblem(actor(), problem));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport contain(@NotNull Long complaintId, long version, String actions, List<SuspectStock> stock) {
        return edit(complaintId, version, r -> r.contain(actor(), actions, stock));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport addWhyChain(@NotNull Long complaintId, long version, ChainKind kind, String problem, List<String> whys) {
        return edit(complaintId, version, r -> r.addWhyChain(actor(), kind, problem, whys));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport removeWhyChain(@NotNull Long complaintId, long version, long chainId) {
        return edit(complaintId, version, r -> r.removeWhyChain(actor(), r.whyChain(chainId)));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport addCause(@NotNull Long complaintId, long version, FiveM category, String description) {
        return edit(complaintId, version, r -> r.addCause(actor(), category, description));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport judgeCause(@NotNull Long complaintId, long version, long causeId, CauseStatus verdict, String evidence) {
        return edit(complaintId, version, r -> r.judgeCause(actor(), r.cause(causeId), verdict, evidence));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport recordPermanentVerification(@NotNull Long complaintId, long version, String text) {
        return edit(complaintId, version, r -> r.recordPermanentVerification(actor(), text));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport recordImplementationValidation(@NotNull Long complaintId, long version, String text) {
        return edit(complaintId, version, r -> r.recordImplementationValidation(actor(), text));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport recordDocuments(@NotNull Long complaintId, long version, List<DocumentUpdate> documents) {
        return edit(complaintId, version, r -> r.recordDocuments(actor(), documents));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport recognize(@NotNull Long complaintId, long version, String text) {
        return edit(complaintId, version, r -> r.recognize(actor(), text));
    }

    // ---- steps, sign-offs, meetings ------------------------------------------------------------------------

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport complete(@NotNull Long complaintId, long version, @NotNull Discipline discipline) {
        return edit(complaintId, version, r -> r.complete(actor(), discipline, clock.instant()));
    }

    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport assign(@NotNull Long complaintId, long version, @NotNull Discipline discipline, Long ownerId, Instant dueAt) {
        return edit(complaintId, version, r -> r.assign(actor(), discipline, user(ownerId), dueAt));
    }

    /**
     * Signs (department manager) or reviews (quality manager) the analysis or the measures with an electronic
     * signature over their content; a rejection returns the step with the reason.
     */
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER})
    public EightDReport decide(@NotNull Long complaintId, long version, @NotNull ApprovalSubject subject, @NotNull ApprovalStage stage,
                               boolean approve, String reason, String password) {
        return edit(complaintId, version, r -> {
            SignedSubject signed = SignedContents.subject(r, subject);
            CanonicalText content = SignedContents.of(r, subject);
            Approval decision = r.decide(actor(), subject, stage, approve, reason, null, clock.instant());
            SignatureMeaning meaning = !approve ? SignatureMeaning.REJECTED
                    : stage == ApprovalStage.DEPARTMENT_SIGN ? SignatureMeaning.APPROVED : SignatureMeaning.REVIEWED;
            decision.backedBy(signatures.sign(signed, content, meaning, stage.role(), reason, password).id());
        });
    }

    /** The signatures of the analysis, the measures and the meetings, each checked against the content as it is now. */
    public List<SignatureCheck> signatures(@NotNull Long complaintId) {
        EightDReport r = get(complaintId);
        List<SignatureCheck> all = new ArrayList<>();
        for (ApprovalSubject subject : ApprovalSubject.values()) {
            for (int revision = 1; revision <= r.revision(subject); revision++) {
                SignedSubject signed = new SignedSubject(SignedContents.subject(r, subject).type(), r.getId(), revision);
                all.addAll(revision == r.revision(subject) ? signatures.check(signed, SignedContents.of(r, subject))
                        : signatures.history(signed.type(), r.getId()).stream().filter(s -> s.revision() == signed.revision()).toList());
            }
        }
        r.getMeetings().forEach(m -> all.addAll(signatures.check(SignedContents.subject(m), SignedContents.of(m))));
        return all;
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport recordMeeting(@NotNull Long complaintId, long version, LocalDate heldOn, List<Long> attendeeIds, String conclusion) {
        List<AppUser> people = attendeeIds == null ? List.of() : attendeeIds.stream().map(this::user).toList();
        return edit(complaintId, version, r -> r.recordMeeting(actor(), heldOn, people, conclusion, LocalDate.now(clock.withZone(ZoneId.of(zone)))));
    }

    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport countersign(@NotNull Long complaintId, long version, long meetingId, String password) {
        return edit(complaintId, version, r -> {
            ReviewMeeting meeting = r.meeting(meetingId);
            MeetingAttendee attendee = meeting.countersign(actor().username(), clock.instant(), null);
            long signature = signatures.sign(SignedContents.subject(meeting), SignedContents.of(meeting), SignatureMeaning.COUNTERSIGNED,
                    null, null, password).id();
            attendee.backedBy(signature);
        });
    }

    // ---- CAPA --------------------------------------------------------------------------------------

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport addAction(@NotNull Long complaintId, long version, ActionKind kind, String description, Long ownerId, Instant dueAt) {
        AppUser owner = ownerId == null ? null : user(ownerId);
        return edit(complaintId, version, r -> r.addAction(actor(), kind, description, owner, dueAt, clock.instant()));
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Evidence addEvidence(@NotNull Long complaintId, long version, long actionId, String fileName, byte[] content) {
        var inspected = AttachmentInspector.inspect(fileName, content, maxEvidenceBytes);
        EightDReport report = lockedReport(complaintId, version);
        if (!report.canEdit(actor()) && !report.getCapa().action(actionId).getOwner().getUsername().equals(actor().username())) {
            throw BusinessException.forbidden("capa.action.notAllowed");
        }
        CapaAction action = report.getCapa().action(actionId);
        Evidence evidence = action.attach(inspected.fileName(), inspected.contentType(), content.length, EvidenceFiles.sha256(content),
                actor().username(), clock.instant());
        em.flush();
        em.persist(new EvidenceContent(evidence.getId(), content));
        return evidence;
    }

    /** The evidence file with its bytes, only when it belongs to the complaint's CAPA. */
    public EvidenceDownload evidence(@NotNull Long complaintId, long actionId, long evidenceId) {
        CapaAction action = get(complaintId).getCapa().action(actionId);
        Evidence evidence = action.getEvidence().stream().filter(e -> e.getId() == evidenceId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("capa.evidence.notFound", evidenceId));
        return new EvidenceDownload(evidence, em.find(EvidenceContent.class, evidenceId).data());
    }

    public record EvidenceDownload(Evidence evidence, byte[] content) {
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport completeAction(@NotNull Long complaintId, long version, long actionId, String result) {
        return edit(complaintId, version, r -> r.getCapa().completeAction(r.getCapa().action(actionId), result, actor(),
                clock.instant(), new EffectivenessSchedule(Period.parse(effectivenessAfter), ZoneId.of(zone))));
    }

    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public EightDReport verifyEffectiveness(@NotNull Long complaintId, long version, boolean effective, String verdict) {
        return edit(complaintId, version, r -> r.verifyEffectiveness(effective, verdict, actor(), clock.instant()));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private EightDReport edit(Long complaintId, long version, Consumer<EightDReport> change) {
        EightDReport report = lockedReport(complaintId, version);
        change.accept(report);
        em.flush();
        changed.fire(new CapaChanged(report.getId()));
        initialize(report);
        return report;
    }

    /** The report as the editor saw it, or a conflict; its version goes up with this change whatever it touches. */
    private EightDReport lockedReport(Long complaintId, long version) {
        EightDReport report = find(complaintId).orElseThrow(() -> BusinessException.notFound("capa.report.notFound", complaintId));
        if (report.getVersion() != version) {
            throw BusinessException.conflict("capa.report.changedMeanwhile");
        }
        em.lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return report;
    }

    private static void initialize(EightDReport report) {
        report.getSteps().forEach(s -> { if (s.getOwner() != null) s.getOwner().getDisplayName(); });
        report.getTeam().size();
        report.getSuspectStock().size();
        report.getWhyChains().forEach(c -> c.getWhys().size());
        report.getCauses().size();
        report.getDocuments().size();
        report.getMeetings().forEach(m -> m.getAttendees().size());
        report.getApprovals().size();
        report.getCapa().getActions().forEach(a -> a.getEvidence().size());
        report.getCapa().getVerifications().size();
    }

    private AppUser user(Long id) {
        AppUser user = organisation.user(id);
        if (user == null || !user.isActive()) {
            throw BusinessException.invalidField("userId", "identity.user.notFound", id);
        }
        return user;
    }

    private Actor actor() {
        AppUser me = currentUser.require();
        return new Actor(me.getUsername(), me.getRoles(), me.getDepartment() == null ? null : me.getDepartment().getId());
    }
}
