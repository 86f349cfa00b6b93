package org.vocdesk.records.control;

import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.DocumentUpdate;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.EightDStep;
import org.vocdesk.capa.entity.FishboneCause;
import org.vocdesk.capa.entity.ProblemDescription;
import org.vocdesk.capa.entity.ReviewMeeting;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.capa.entity.Verification;
import org.vocdesk.capa.entity.WhyChain;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.signature.boundary.SignatureCheck;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The corrective and preventive action report with the 8D report of one complaint, as lines of
 * {@code reports/capa-8d-report.jrxml}: the case, the steps, D1 to D8 with the 5-Why chains and the fishbone
 * picture, the actions of every round with their evidence, the effectiveness verifications and the signatures.
 */
public final class CapaRecordContent {

    private final EightDReport report;
    private final List<SignatureCheck> signatures;
    private final RecordFormat f;
    private final RecordLines out = new RecordLines();

    private CapaRecordContent(EightDReport report, List<SignatureCheck> signatures, RecordFormat format) {
        this.report = report;
        this.signatures = signatures;
        this.f = format;
    }

    public static List<RecordLine> of(EightDReport report, List<SignatureCheck> signatures, RecordFormat format) {
        return new CapaRecordContent(report, signatures, format).build();
    }

    private List<RecordLine> build() {
        caseAndSteps();
        d1();
        d2();
        d3();
        d4();
        d5();
        out.heading(step("D6")).text(report.getImplementationValidation());
        d7();
        out.heading(step("D8")).text(report.getRecognition());
        capaRecord();
        signatureBlock();
        return out.lines();
    }

    private void caseAndSteps() {
        Complaint c = report.getComplaint();
        out.heading(f.t("records.capa.case"))
                .labelValue(f.t("records.capa.complaintNumber"), c.getNumber())
                .labelValue(f.t("records.capa.customer"), c.getCustomer() == null ? f.t("records.capa.anonymous") : c.getCustomer().getName())
                .labelValue(f.t("records.capa.product"), join(c.getProduct(), c.getOrderNo(), c.getBatchNo()))
                .labelValue(f.t("records.capa.quantityAffected"), c.getQuantityAffected())
                .labelValue(f.t("records.capa.receivedAt"), f.time(c.getReceivedAt()))
                .labelValue(f.t("records.capa.category"), c.getCategory() == null ? null : c.getCategory().name(f.locale()))
                .labelValue(f.t("records.capa.priority"), f.label("complaint.urgency.", c.getPriority()))
                .labelValue(f.t("records.capa.department"), c.getDepartment() == null ? null : c.getDepartment().getName())
                .labelValue(f.t("records.capa.handler"), c.getHandler() == null ? null : c.getHandler().getDisplayName())
                .labelValue(f.t("records.capa.complaintStatus"), f.label("complaint.status.", c.getStatus()))
                .labelValue(f.t("records.capa.customerWords"), c.getCustomerWords())
                .labelValue(f.t("records.capa.openedAt"), f.time(report.getOpenedAt()) + "  " + report.getOpenedBy())
                .labelValue(f.t("records.capa.capaStatus"), f.label("capa.status.", report.getCapa().getStatus())
                        + " (" + f.t("records.capa.round", report.getCapa().getRound()) + ")");
        out.subheading(f.t("records.capa.steps"))
                .tableHeader("step", f.t("records.capa.discipline"), f.t("records.capa.stepTitle"), f.t("records.capa.owner"),
                        f.t("records.capa.due"), f.t("records.capa.completed"));
        for (EightDStep s : report.getSteps()) {
            out.tableRow("step", s.getDiscipline().name(), f.label("capa.discipline.", s.getDiscipline()),
                    s.getOwner() == null ? null : s.getOwner().getDisplayName(), f.time(s.getDueAt()),
                    s.isCompleted() ? f.time(s.getCompletedAt()) + " " + s.getCompletedBy()
                            : s.getReturnedReason() == null ? f.t("records.capa.open") : f.t("records.capa.returned", s.getReturnedReason()));
        }
    }

    private void d1() {
        out.heading(step("D1")).tableHeader("team", f.t("records.capa.memberName"), f.t("records.capa.memberRole"), f.t("records.capa.leader"));
        for (TeamMember m : report.getTeam()) {
            out.tableRow("team", m.getName(), m.getTeamRole(), f.yesNo(m.isLeader()));
        }
    }

    private void d2() {
        ProblemDescription p = report.getProblem();
        out.heading(step("D2"))
                .labelValue(f.t("records.capa.what"), p.getWhat()).labelValue(f.t("records.capa.why"), p.getWhy())
                .labelValue(f.t("records.capa.when"), p.getWhen()).labelValue(f.t("records.capa.where"), p.getWhere())
                .labelValue(f.t("records.capa.who"), p.getWho()).labelValue(f.t("records.capa.how"), p.getHow())
                .labelValue(f.t("records.capa.howMany"), p.getHowMany());
    }

    private void d3() {
        out.heading(step("D3")).labelValue(f.t("records.capa.containment"), report.getContainmentActions())
                .subheading(f.t("records.capa.suspectStock"))
                .tableHeader("stock", f.t("records.capa.location"), f.t("records.capa.quantity"), f.t("records.capa.checked"),
                        f.t("records.capa.defective"));
        for (SuspectStock s : report.getSuspectStock()) {
            out.tableRow("stock", s.getLocation(), s.getQuantity(), s.getChecked(), s.getDefective());
        }
    }

    private void d4() {
        out.heading(step("D4"));
        for (ChainKind kind : ChainKind.values()) {
            out.subheading(f.t("records.capa.fiveWhy", f.label("capa.chain.", kind)));
            for (WhyChain chain : report.getWhyChains()) {
                if (chain.getKind() != kind) {
                    continue;
                }
                out.labelValue(f.t("records.capa.chainProblem"), chain.getProblem());
                List<String> whys = chain.getWhys();
                for (int i = 0; i < whys.size(); i++) {
                    out.labelValue(f.t("records.capa.whyN", i + 1), whys.get(i));
                }
                out.labelValue(f.t("records.capa.rootCause"), chain.rootCause());
            }
        }
        out.subheading(f.t("records.capa.fishbone"));
        out.image(FishboneImage.draw(fishboneProblem(), report.getCauses(), m -> f.label("capa.fiveM.", m)));
        out.tableHeader("cause", f.t("records.capa.fiveM"), f.t("records.capa.cause"), f.t("records.capa.causeStatus"), f.t("records.capa.evidence"));
        for (FishboneCause c : report.getCauses()) {
            out.tableRow("cause", f.label("capa.fiveM.", c.getCategory()), c.getDescription(), f.label("capa.cause.", c.getStatus()), c.getEvidence());
        }
        if (!report.getMeetings().isEmpty()) {
            out.subheading(f.t("records.capa.meetings")).tableHeader("meeting", f.t("records.capa.heldOn"), f.t("records.capa.conclusion"),
                    f.t("records.capa.attendees"));
            for (ReviewMeeting m : report.getMeetings()) {
                out.tableRow("meeting", f.day(m.getHeldOn()), m.getConclusion(), m.getAttendees().stream()
                        .map(a -> a.getUser().getDisplayName() + (a.getCountersignedAt() == null ? "" : " ✓ " + f.time(a.getCountersignedAt())))
                        .collect(Collectors.joining("\n")));
            }
        }
    }

    private String fishboneProblem() {
        String what = report.getProblem().getWhat();
        return what != null ? what : report.getComplaint().getNumber();
    }

    private void d5() {
        out.heading(step("D5"));
        actions(ActionKind.CORRECTIVE);
        out.labelValue(f.t("records.capa.permanentVerification"), report.getPermanentVerification());
    }

    private void d7() {
        out.heading(step("D7"));
        actions(ActionKind.PREVENTIVE);
        out.subheading(f.t("records.capa.documents")).tableHeader("docs", f.t("records.capa.docType"), f.t("records.capa.docRef"),
                f.t("records.capa.docRevision"));
        for (DocumentUpdate d : report.getDocuments()) {
            out.tableRow("docs", f.t("records.capa.docType." + d.getType().name()), d.getReference(), d.getRevision());
        }
    }

    private void actions(ActionKind kind) {
        out.subheading(f.label("capa.action.kind.", kind)).tableHeader("action", "#", f.t("records.capa.round.short"),
                f.t("records.capa.actionDescription"), f.t("records.capa.owner"), f.t("records.capa.due"), f.t("records.capa.actionStatus"),
                f.t("records.capa.result"));
        for (CapaAction a : report.getCapa().getActions()) {
            if (a.getKind() == kind) {
                out.tableRow("action", a.getId(), a.getRound(), a.getDescription(), a.getOwner().getDisplayName(), f.time(a.getDueAt()),
                        f.label("capa.action.status.", a.getStatus()) + (a.getDoneAt() == null ? "" : "\n" + f.time(a.getDoneAt())),
                        a.getResult());
            }
        }
    }

    private void capaRecord() {
        var capa = report.getCapa();
        out.heading(f.t("records.capa.capaRecord"))
                .labelValue(f.t("records.capa.capaStatus"), f.label("capa.status.", capa.getStatus()))
                .labelValue(f.t("records.capa.fixedAt"), f.time(capa.getFixedAt()))
                .labelValue(f.t("records.capa.verificationDue"), f.time(capa.getVerificationDue()));
        out.subheading(f.t("records.capa.evidenceFiles")).tableHeader("evidence", "#", f.t("records.capa.file"), "SHA-256",
                f.t("records.capa.uploaded"));
        for (CapaAction a : capa.getActions()) {
            a.getEvidence().forEach(e -> out.tableRow("evidence", a.getId(), e.getFileName(), e.getSha256(),
                    f.time(e.getUploadedAt()) + " " + e.getUploadedBy()));
        }
        out.subheading(f.t("records.capa.effectiveness")).tableHeader("verify", f.t("records.capa.round.short"), f.t("records.capa.effective"),
                f.t("records.capa.verdict"), f.t("records.capa.verifiedBy"), f.t("records.capa.verifiedAt"));
        for (Verification v : capa.getVerifications()) {
            out.tableRow("verify", v.getRound(), f.yesNo(v.isEffective()), v.getVerdict(), v.getVerifiedBy(), f.time(v.getVerifiedAt()));
        }
    }

    private void signatureBlock() {
        out.heading(f.t("records.capa.signatures")).tableHeader("sign", f.t("records.capa.signer"), f.t("records.capa.signerRole"),
                f.t("records.capa.meaning"), f.t("records.capa.signedWhat"), f.t("records.capa.signedAt"), f.t("records.capa.signatureStatus"));
        for (SignatureCheck s : signatures) {
            out.tableRow("sign", s.signerName() + " (" + s.signer() + ")", f.label("identity.role.", s.role()),
                    f.label("signature.meaning.", s.meaning()) + (s.reason() == null ? "" : ": " + s.reason()),
                    f.t("records.capa.subject." + s.subjectType(), s.revision()), f.time(s.signedAt()),
                    f.label("signature.status.", s.status()));
        }
        if (signatures.isEmpty()) {
            out.text(f.t("records.capa.noSignatures"));
        }
    }

    private String step(String discipline) {
        return discipline + " " + f.t("capa.discipline." + discipline);
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" / "));
        return joined.isEmpty() ? null : joined;
    }
}
