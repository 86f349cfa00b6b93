package org.vocdesk.capa.boundary;

import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.ActionStatus;
import org.vocdesk.capa.entity.Approval;
import org.vocdesk.capa.entity.ApprovalOutcome;
import org.vocdesk.capa.entity.ApprovalStage;
import org.vocdesk.capa.entity.ApprovalSubject;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.CapaStatus;
import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.capa.entity.DocumentUpdate;
import org.vocdesk.capa.entity.EightDGates;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.EightDStep;
import org.vocdesk.capa.entity.Evidence;
import org.vocdesk.capa.entity.FishboneCause;
import org.vocdesk.capa.entity.FiveM;
import org.vocdesk.capa.entity.ProblemDescription;
import org.vocdesk.capa.entity.ReviewMeeting;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.capa.entity.Verification;
import org.vocdesk.capa.entity.WhyChain;
import org.vocdesk.identity.entity.AppUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The 8D report over REST: send back its version with every change. */
public record ReportView(long id, long complaintId, String complaintNumber, long version, Instant openedAt, boolean complete,
                         List<StepView> steps, List<TeamMember> team, ProblemDescription problem, String containmentActions,
                         List<SuspectStock> suspectStock, List<ChainView> whyChains, List<CauseView> causes,
                         String permanentVerification, String implementationValidation, List<DocumentUpdate> documents,
                         String recognition, List<MeetingView> meetings, List<ApprovalView> approvals, CapaView capa) {

    public record StepView(long id, Discipline discipline, Long ownerId, String owner, Instant dueAt, boolean overdue,
                           Instant completedAt, String completedBy, String returnedReason, List<String> missing) {
    }

    public record ChainView(long id, ChainKind kind, String problem, List<String> whys, String rootCause) {
    }

    public record CauseView(long id, FiveM category, String description, CauseStatus status, String evidence) {
    }

    public record AttendeeView(long userId, String name, boolean mustSign, Instant countersignedAt) {
    }

    public record MeetingView(long id, LocalDate heldOn, String conclusion, String recordedBy, boolean agreed, List<AttendeeView> attendees) {
    }

    public record ApprovalView(long id, ApprovalSubject subject, ApprovalStage stage, ApprovalOutcome outcome, String decidedBy,
                               Instant decidedAt, String reason) {
    }

    public record EvidenceView(long id, String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt,
                               String uploadedBy) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.getId(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getUploadedAt(),
                    e.getUploadedBy());
        }
    }

    public record ActionView(long id, int round, ActionKind kind, String description, long ownerId, String owner, Instant dueAt,
                             boolean overdue, ActionStatus status, Instant doneAt, String doneBy, String result, List<EvidenceView> evidence) {
    }

    public record CapaView(CapaStatus status, int round, Instant fixedAt, Instant verificationDue, List<ActionView> actions,
                           List<Verification> verifications) {
    }

    public static ReportView of(EightDReport r, Instant now) {
        var c = r.getComplaint();
        var capa = r.getCapa();
        return new ReportView(r.getId(), c.getId(), c.getNumber(), r.getVersion(), r.getOpenedAt(), r.isComplete(),
                r.getSteps().stream().map(s -> step(r, s, now)).toList(), r.getTeam(), r.getProblem(), r.getContainmentActions(),
                r.getSuspectStock(), r.getWhyChains().stream().map(ReportView::chain).toList(),
                r.getCauses().stream().map(ReportView::cause).toList(), r.getPermanentVerification(), r.getImplementationValidation(),
                r.getDocuments(), r.getRecognition(), r.getMeetings().stream().map(ReportView::meeting).toList(),
                r.getApprovals().stream().map(ReportView::approval).toList(),
                new CapaView(capa.getStatus(), capa.getRound(), capa.getFixedAt(), capa.getVerificationDue(),
                        capa.getActions().stream().map(a -> action(a, now)).toList(), capa.getVerifications()));
    }

    private static StepView step(EightDReport r, EightDStep s, Instant now) {
        AppUser owner = s.getOwner();
        return new StepView(s.getId(), s.getDiscipline(), owner == null ? null : owner.getId(), owner == null ? null : owner.getDisplayName(),
                s.getDueAt(), s.isOverdue(now), s.getCompletedAt(), s.getCompletedBy(), s.getReturnedReason(),
                s.isCompleted() ? List.of() : EightDGates.missing(r, s.getDiscipline()));
    }

    private static ChainView chain(WhyChain c) {
        return new ChainView(c.getId(), c.getKind(), c.getProblem(), c.getWhys(), c.rootCause());
    }

    private static CauseView cause(FishboneCause c) {
        return new CauseView(c.getId(), c.getCategory(), c.getDescription(), c.getStatus(), c.getEvidence());
    }

    private static MeetingView meeting(ReviewMeeting m) {
        return new MeetingView(m.getId(), m.getHeldOn(), m.getConclusion(), m.getRecordedBy(), m.isAgreed(), m.getAttendees().stream()
                .map(a -> new AttendeeView(a.getUser().getId(), a.getUser().getDisplayName(), a.isMustSign(), a.getCountersignedAt())).toList());
    }

    private static ApprovalView approval(Approval a) {
        return new ApprovalView(a.getId(), a.getSubject(), a.getStage(), a.getOutcome(), a.getDecidedBy(), a.getDecidedAt(), a.getReason());
    }

    private static ActionView action(CapaAction a, Instant now) {
        return new ActionView(a.getId(), a.getRound(), a.getKind(), a.getDescription(), a.getOwner().getId(), a.getOwner().getDisplayName(),
                a.getDueAt(), a.isOverdue(now), a.getStatus(), a.getDoneAt(), a.getDoneBy(), a.getResult(),
                a.getEvidence().stream().map(EvidenceView::of).toList());
    }
}
