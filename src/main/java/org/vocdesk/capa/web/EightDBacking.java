package org.vocdesk.capa.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.vocdesk.capa.boundary.EightDReports;
import org.vocdesk.capa.boundary.RelatedComplaint;
import org.vocdesk.capa.control.FishboneSvg;
import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.ApprovalStage;
import org.vocdesk.capa.entity.ApprovalSubject;
import org.vocdesk.capa.entity.CapaAction;
import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.capa.entity.EightDGates;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.EightDStep;
import org.vocdesk.capa.entity.FiveM;
import org.vocdesk.capa.entity.ProblemDescription;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.platform.web.Labels;
import org.vocdesk.signature.boundary.SignatureCheck;
import org.vocdesk.signature.web.SignatureInput;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The 8D / CAPA page of one complaint. Keeps the version of the report it showed, so saving over someone
 * else's change is refused with a clear message (reload, then edit again) instead of overwriting it.
 */
@Named
@ViewScoped
public class EightDBacking implements Serializable {

    @Inject
    EightDReports reports;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    Formats formats;

    @Inject
    Labels labels;

    @Inject
    SignatureInput signatureInput;

    private Long complaintId;
    private Complaint complaint;
    private EightDReport report;
    private List<SignatureCheck> signatures = List.of();
    private List<RelatedComplaint> related = List.of();
    private long version;

    private final EightDForm form = new EightDForm();

    // what the sign dialog is about to sign
    private ApprovalSubject signSubject = ApprovalSubject.ANALYSIS;
    private ApprovalStage signStage = ApprovalStage.DEPARTMENT_SIGN;
    private boolean signApprove = true;
    private Long signMeetingId;

    public void load() {
        complaint = complaints.get(complaintId);
        report = reports.find(complaintId).map(r -> reports.get(complaintId)).orElse(null);
        if (report == null) {
            return;
        }
        version = report.getVersion();
        signatures = reports.signatures(complaintId);
        related = reports.relatedSinceFix(complaintId).stream().map(RelatedComplaint::of).toList();
        form.fill(report);
    }

    public void open() {
        reports.open(complaintId);
        done();
    }

    public void saveTeam() {
        reports.describeTeam(complaintId, version, LineInput.team(form.getTeam()));
        done();
    }

    public void saveProblem() {
        reports.describeProblem(complaintId, version, new ProblemDescription(form.getWhat(), form.getWhy(), form.getWhen(), form.getWhere(),
                form.getWho(), form.getHow(), form.getHowMany()));
        done();
    }

    public void saveContainment() {
        reports.contain(complaintId, version, form.getContainment(), LineInput.stock(form.getStock()));
        done();
    }

    public void addChain() {
        reports.addWhyChain(complaintId, version, form.getChainKind(), form.getChainProblem(), LineInput.lines(form.getChainWhys()));
        form.clearChain();
        done();
    }

    public void removeChain(long chainId) {
        reports.removeWhyChain(complaintId, version, chainId);
        done();
    }

    public void addCause() {
        reports.addCause(complaintId, version, form.getCauseCategory(), form.getCauseDescription());
        form.clearCause();
        done();
    }

    public void judgeCause(long causeId, String status) {
        reports.judgeCause(complaintId, version, causeId, CauseStatus.valueOf(status), form.getEvidence());
        form.setEvidence(null);
        done();
    }

    public void saveVerification() {
        reports.recordPermanentVerification(complaintId, version, form.getVerification());
        done();
    }

    public void saveValidation() {
        reports.recordImplementationValidation(complaintId, version, form.getValidation());
        done();
    }

    public void saveDocuments() {
        reports.recordDocuments(complaintId, version, LineInput.documents(form.getDocuments()));
        done();
    }

    public void saveRecognition() {
        reports.recognize(complaintId, version, form.getRecognition());
        done();
    }

    public void complete(String discipline) {
        reports.complete(complaintId, version, Discipline.valueOf(discipline));
        done();
    }

    public void assign() {
        reports.assign(complaintId, version, Discipline.valueOf(form.getAssignStep()), form.getAssignOwnerId(), formats.instant(form.getAssignDue()));
        form.setAssignDue(null);
        done();
    }

    public void recordMeeting() {
        reports.recordMeeting(complaintId, version, form.getMeetingDate(), form.getMeetingAttendees(), form.getMeetingConclusion());
        form.clearMeeting();
        done();
    }

    public void addAction() {
        reports.addAction(complaintId, version, form.getActionKind(), form.getActionDescription(), form.getActionOwnerId(),
                formats.instant(form.getActionDue()));
        form.clearAction();
        done();
    }

    public void uploadEvidence() {
        UploadedFile file = form.getFile();
        if (file != null && file.getSize() > 0 && form.getEvidenceActionId() != null) {
            reports.addEvidence(complaintId, version, form.getEvidenceActionId(), file.getFileName(), file.getContent());
            done();
        }
    }

    public void completeAction(long actionId) {
        reports.completeAction(complaintId, version, actionId, form.getActionResult());
        form.setActionResult(null);
        done();
    }

    public void verifyEffectiveness(boolean effective) {
        reports.verifyEffectiveness(complaintId, version, effective, form.getVerdict());
        form.setVerdict(null);
        done();
    }

    // ---- signing through the signature dialog ------------------------------------------------------------

    public void prepareSignOff(String subject, String stage, boolean approve) {
        signSubject = ApprovalSubject.valueOf(subject);
        signStage = ApprovalStage.valueOf(stage);
        signApprove = approve;
        signMeetingId = null;
    }

    public void prepareCountersign(long meetingId) {
        signMeetingId = meetingId;
        signApprove = true;
    }

    public void sign() {
        if (signMeetingId != null) {
            reports.countersign(complaintId, version, signMeetingId, signatureInput.getPassword());
        } else {
            reports.decide(complaintId, version, signSubject, signStage, signApprove, signatureInput.getReason(), signatureInput.getPassword());
        }
        signatureInput.signed();
        load();
    }

    public String getSignMeaning() {
        return signMeetingId != null ? "COUNTERSIGNED" : !signApprove ? "REJECTED" : signStage == ApprovalStage.DEPARTMENT_SIGN ? "APPROVED" : "REVIEWED";
    }

    public String getSignRole() {
        if (signMeetingId != null) {
            AppUser me = currentUser.require();
            return me.has(Role.GENERAL_MANAGER) ? "GENERAL_MANAGER" : me.has(Role.QUALITY_MANAGER) ? "QUALITY_MANAGER" : "DEPARTMENT_MANAGER";
        }
        return signStage.role().name();
    }

    public String getSignContent() {
        if (report == null) {
            return "";
        }
        return signMeetingId != null ? org.vocdesk.capa.control.SignedContents.of(report.meeting(signMeetingId)).text()
                : org.vocdesk.capa.control.SignedContents.of(report, signSubject).text();
    }

    public boolean isSignReasonRequired() {
        return !signApprove;
    }

    // ---- for the page ---------------------------------------------------------------------------------

    private void done() {
        FacesMessages.info("capa.page.saved");
        load();
    }

    public String fishbone() {
        String problem = report.getProblem().getWhat() != null ? report.getProblem().getWhat() : complaint.getNumber();
        return FishboneSvg.draw(problem, report.getCauses(), m -> labels.get("capa.fiveM." + m.name()));
    }

    public List<String> missing(EightDStep step) {
        return step.isCompleted() ? List.of() : EightDGates.missing(report, step.getDiscipline()).stream()
                .map(key -> labels.format(key, step.getDiscipline().name())).toList();
    }

    public boolean isOverdue(Instant due) {
        return due != null && Instant.now().isAfter(due);
    }

    public boolean isCanEdit() {
        return currentUser.is(Role.HANDLER) || currentUser.is(Role.DEPARTMENT_MANAGER) || isQualityManager();
    }

    public boolean isQualityManager() {
        return currentUser.is(Role.QUALITY_MANAGER) || currentUser.is(Role.GENERAL_MANAGER);
    }

    public boolean isDepartmentManager() {
        return currentUser.is(Role.DEPARTMENT_MANAGER);
    }

    public boolean isApproved(String subject, String stage) {
        return report.isApproved(ApprovalSubject.valueOf(subject), ApprovalStage.valueOf(stage));
    }

    public boolean isStepCompleted(String discipline) {
        return report.step(Discipline.valueOf(discipline)).isCompleted();
    }

    public List<CapaAction> getActions() {
        return report.getCapa().getActions();
    }

    public List<CapaAction> getOpenActions() {
        return report.getCapa().getActions().stream().filter(a -> !a.isDone()).toList();
    }

    public List<AppUser> getPeople() {
        return organisation.activeUsers();
    }

    public ChainKind[] getChainKinds() { return ChainKind.values(); }

    public FiveM[] getCategories() { return FiveM.values(); }

    public ActionKind[] getActionKinds() { return ActionKind.values(); }

    public Long getComplaintId() { return complaintId; }

    public void setComplaintId(Long complaintId) { this.complaintId = complaintId; }

    public Complaint getComplaint() { return complaint; }

    public EightDReport getReport() { return report; }

    public List<SignatureCheck> getSignatures() { return signatures; }

    public List<RelatedComplaint> getRelated() { return related; }

    public long getVersion() { return version; }

    public EightDForm getForm() { return form; }
}
