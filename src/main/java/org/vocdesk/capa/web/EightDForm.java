package org.vocdesk.capa.web;

import org.primefaces.model.file.UploadedFile;
import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.FiveM;
import org.vocdesk.capa.entity.ProblemDescription;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The inputs of the 8D page, filled from the report as it was loaded. */
public class EightDForm implements Serializable {

    private String team;
    private String what;
    private String why;
    private String when;
    private String where;
    private String who;
    private String how;
    private String howMany;
    private String containment;
    private String stock;
    private ChainKind chainKind = ChainKind.OCCURRENCE;
    private String chainProblem;
    private String chainWhys;
    private FiveM causeCategory = FiveM.MAN;
    private String causeDescription;
    private String evidence;
    private String verification;
    private String validation;
    private String documents;
    private String recognition;
    private LocalDate meetingDate;
    private List<Long> meetingAttendees = new ArrayList<>();
    private String meetingConclusion;
    private ActionKind actionKind = ActionKind.CORRECTIVE;
    private String actionDescription;
    private Long actionOwnerId;
    private LocalDateTime actionDue;
    private String actionResult;
    private String verdict;
    private transient UploadedFile file;
    private Long evidenceActionId;
    private String assignStep = "D1";
    private Long assignOwnerId;
    private LocalDateTime assignDue;

    void fill(EightDReport r) {
        team = LineInput.team(r.getTeam());
        ProblemDescription p = r.getProblem();
        what = p.getWhat();
        why = p.getWhy();
        when = p.getWhen();
        where = p.getWhere();
        who = p.getWho();
        how = p.getHow();
        howMany = p.getHowMany();
        containment = r.getContainmentActions();
        stock = LineInput.stock(r.getSuspectStock());
        verification = r.getPermanentVerification();
        validation = r.getImplementationValidation();
        documents = LineInput.documents(r.getDocuments());
        recognition = r.getRecognition();
    }

    void clearChain() {
        chainProblem = null;
        chainWhys = null;
    }

    void clearCause() {
        causeDescription = null;
    }

    void clearMeeting() {
        meetingDate = null;
        meetingAttendees = new ArrayList<>();
        meetingConclusion = null;
    }

    void clearAction() {
        actionDescription = null;
        actionOwnerId = null;
        actionDue = null;
    }

    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
    public String getWhen() { return when; }
    public void setWhen(String when) { this.when = when; }
    public String getWhere() { return where; }
    public void setWhere(String where) { this.where = where; }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public String getHow() { return how; }
    public void setHow(String how) { this.how = how; }
    public String getHowMany() { return howMany; }
    public void setHowMany(String howMany) { this.howMany = howMany; }
    public String getContainment() { return containment; }
    public void setContainment(String containment) { this.containment = containment; }
    public String getStock() { return stock; }
    public void setStock(String stock) { this.stock = stock; }
    public ChainKind getChainKind() { return chainKind; }
    public void setChainKind(ChainKind chainKind) { this.chainKind = chainKind; }
    public String getChainProblem() { return chainProblem; }
    public void setChainProblem(String chainProblem) { this.chainProblem = chainProblem; }
    public String getChainWhys() { return chainWhys; }
    public void setChainWhys(String chainWhys) { this.chainWhys = chainWhys; }
    public FiveM getCauseCategory() { return causeCategory; }
    public void setCauseCategory(FiveM causeCategory) { this.causeCategory = causeCategory; }
    public String getCauseDescription() { return causeDescription; }
    public void setCauseDescription(String causeDescription) { this.causeDescription = causeDescription; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getVerification() { return verification; }
    public void setVerification(String verification) { this.verification = verification; }
    public String getValidation() { return validation; }
    public void setValidation(String validation) { this.validation = validation; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public String getRecognition() { return recognition; }
    public void setRecognition(String recognition) { this.recognition = recognition; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
    public List<Long> getMeetingAttendees() { return meetingAttendees; }
    public void setMeetingAttendees(List<Long> meetingAttendees) { this.meetingAttendees = meetingAttendees; }
    public String getMeetingConclusion() { return meetingConclusion; }
    public void setMeetingConclusion(String meetingConclusion) { this.meetingConclusion = meetingConclusion; }
    public ActionKind getActionKind() { return actionKind; }
    public void setActionKind(ActionKind actionKind) { this.actionKind = actionKind; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public Long getActionOwnerId() { return actionOwnerId; }
    public void setActionOwnerId(Long actionOwnerId) { this.actionOwnerId = actionOwnerId; }
    public LocalDateTime getActionDue() { return actionDue; }
    public void setActionDue(LocalDateTime actionDue) { this.actionDue = actionDue; }
    public String getActionResult() { return actionResult; }
    public void setActionResult(String actionResult) { this.actionResult = actionResult; }
    public String getVerdict() { return verdict; }
    public void setVerdict(String verdict) { this.verdict = verdict; }
    public Long getEvidenceActionId() { return evidenceActionId; }
    public void setEvidenceActionId(Long evidenceActionId) { this.evidenceActionId = evidenceActionId; }
    public String getAssignStep() { return assignStep; }
    public void setAssignStep(String assignStep) { this.assignStep = assignStep; }
    public Long getAssignOwnerId() { return assignOwnerId; }
    public void setAssignOwnerId(Long assignOwnerId) { this.assignOwnerId = assignOwnerId; }
    public LocalDateTime getAssignDue() { return assignDue; }
    public void setAssignDue(LocalDateTime assignDue) { this.assignDue = assignDue; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
