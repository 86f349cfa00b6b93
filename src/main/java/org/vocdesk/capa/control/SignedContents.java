package org.vocdesk.capa.control;

import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.ApprovalSubject;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.ReviewMeeting;
import org.vocdesk.signature.entity.CanonicalText;
import org.vocdesk.signature.entity.SignedSubject;

/**
 * What exactly is signed, as canonical text: the analysis (5-Why chains and fishbone causes with their
 * verdicts), the measures (the round's actions and how they were verified) and a review meeting's conclusion.
 * Built the same way when signing and when checking, so a later change of the content shows as TAMPERED.
 */
public final class SignedContents {

    public static final String ANALYSIS = "CAPA_ANALYSIS";
    public static final String MEASURES = "CAPA_MEASURES";
    public static final String MEETING = "CAPA_MEETING";

    private SignedContents() {
    }

    public static SignedSubject subject(EightDReport report, ApprovalSubject subject) {
        return new SignedSubject(subject == ApprovalSubject.ANALYSIS ? ANALYSIS : MEASURES, report.getId(), report.revision(subject));
    }

    public static SignedSubject subject(ReviewMeeting meeting) {
        return new SignedSubject(MEETING, meeting.getId(), 1);
    }

    public static CanonicalText of(EightDReport report, ApprovalSubject subject) {
        CanonicalText.Builder text = CanonicalText.builder().field("complaint", report.getComplaint().getNumber());
        if (subject == ApprovalSubject.ANALYSIS) {
            text.list("chain", report.getWhyChains().stream()
                    .map(c -> c.getKind() + ": " + c.getProblem() + " -> " + String.join(" -> ", c.getWhys())).toList());
            text.list("cause", report.getCauses().stream()
                    .map(c -> c.getCategory() + ": " + c.getDescription() + " [" + c.getStatus() + "] " + nullToEmpty(c.getEvidence())).toList());
        } else {
            text.list("action", report.getCapa().currentActions().stream().filter(a -> a.getKind() == ActionKind.CORRECTIVE)
                    .map(SignedContents::action).toList());
            text.field("verification", report.getPermanentVerification());
        }
        return text.build();
    }

    public static CanonicalText of(ReviewMeeting meeting) {
        return CanonicalText.builder().field("heldOn", meeting.getHeldOn()).field("conclusion", meeting.getConclusion())
                .list("attendee", meeting.getAttendees().stream().map(a -> a.getUser().getUsername()).toList()).build();
    }

    private static String action(CapaAction a) {
        return a.getDescription() + " / " + a.getOwner().getUsername()
                + " / " + a.getDueAt();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
