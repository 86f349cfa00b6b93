package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 8D report of a complaint with its analysis (5-Why chains, fishbone causes), review meetings,
 * sign-offs and CAPA record: one aggregate, so its version guards every edit against a silent overwrite.
 * A step is completed only with its required content ({@link EightDGates}) and after the step before it;
 * completed content cannot change until the step is returned.
 */
@Audited
@Entity
@Table(name = "capa_report")
public class EightDReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "capa_id", nullable = false)
    private Capa capa;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("discipline")
    private List<EightDStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "capa_team_member", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<TeamMember> team = new ArrayList<>();

    @Embedded
    private ProblemDescription problem = new ProblemDescription(null, null, null, null, null, null, null);

    @Column(name = "containment_actions", length = 4000)
    private String containmentActions;

    @ElementCollection
    @CollectionTable(name = "capa_suspect_stock", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<SuspectStock> suspectStock = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<WhyChain> whyChains = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<FishboneCause> causes = new ArrayList<>();

    @Column(name = "permanent_verification", length = 4000)
    private String permanentVerification;

    @Column(name = "implementation_validation", length = 4000)
    private String implementationValidation;

    @ElementCollection
    @CollectionTable(name = "capa_document_update", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<DocumentUpdate> documents = new ArrayList<>();

    @Column(length = 4000)
    private String recognition;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("heldOn, id")
    private List<ReviewMeeting> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("decidedAt, id")
    private List<Approval> approvals = new ArrayList<>();

    @Version
    private long version;

    protected EightDReport() {
    }

    /** Opens the report with every step due as planned and owned by the complaint's handler until reassigned. */
    public EightDReport(Complaint complaint, Map<Discipline, Instant> dueDates, AppUser owner, String openedBy, Instant now) {
        this.complaint = complaint;
        this.capa = new Capa();
        this.openedAt = now;
        this.openedBy = openedBy;
        for (Discipline d : Discipline.values()) {
            steps.add(new EightDStep(this, d, owner, dueDates.get(d)));
        }
    }

    // ---- content of the steps ------------------------------------------------------------------------

    public void describeTeam(Actor actor, List<TeamMember> members) {
        editable(actor, Discipline.D1);
        team.clear();
        team.addAll(members == null ? List.of() : members);
    }

    public void describeProblem(Actor actor, ProblemDescription description) {
        editable(actor, Discipline.D2);
        this.problem = description;
    }

    public void contain(Actor actor, String actions, List<SuspectStock> stock) {
        editable(actor, Discipline.D3);
        this.containmentActions = Texts.trimmed(actions);
        suspectStock.clear();
        suspectStock.addAll(stock == null ? List.of() : stock);
    }

    public WhyChain addWhyChain(Actor actor, ChainKind kind, String problemStatement, List<String> whys) {
        editable(actor, Discipline.D4);
        WhyChain chain = new WhyChain(this, kind, problemStatement, whys);
        whyChains.add(chain);
        return chain;
    }

    public void removeWhyChain(Actor actor, WhyChain chain) {
        editable(actor, Discipline.D4);
        whyChains.remove(chain);
    }

    public FishboneCause addCause(Actor actor, FiveM category, String description) {
        editable(actor, Discipline.D4);
        FishboneCause cause = new FishboneCause(this, category, description);
        causes.add(cause);
        return cause;
    }

    public void judgeCause(Actor actor, FishboneCause cause, CauseStatus verdict, String evidence) {
        editable(actor, Discipline.D4);
        requireOwn(causes.contains(cause), "capa.cause.notFound");
        cause.judge(verdict, evidence);
    }

    public void recordPermanentVerification(Actor actor, String howVerified) {
        editable(actor, Discipline.D5);
        this.permanentVerification = Texts.trimmed(howVerified);
    }

    public void recordImplementationValidation(Actor actor, String validation) {
        editable(actor, Discipline.D6);
        this.implementationValidation = Texts.trimmed(validation);
    }

    public void recordDocuments(Actor actor, List<DocumentUpdate> updates) {
        editable(actor, Discipline.D7);
        documents.clear();
        documents.addAll(updates == null ? List.of() : updates);
    }

    public void recognize(Actor actor, String text) {
        editable(actor, Discipline.D8);
        this.recognition = Texts.trimmed(text);
    }

    // ---- actions (D5 corrective, D7 preventive) --------------------------------------------------------

    public CapaAction addAction(Actor actor, ActionKind kind, String description, AppUser owner, Instant dueAt, Instant now) {
        requireEditor(actor);
        Discipline step = kind == ActionKind.PREVENTIVE ? Discipline.D7 : Discipline.D5;
        if (step(step).isCompleted()) {
            throw BusinessException.conflict("capa.step.completed", step);
        }
        return capa.addAction(kind, description, owner, dueAt, now);
    }

    /** "Not effective": the measures go back to work (D5 and later steps reopen) with a new round of actions. */
    public void verifyEffectiveness(boolean effective, String verdict, Actor actor, Instant now) {
        capa.verify(effective, verdict, actor, now);
        if (!effective) {
            for (Discipline d : new Discipline[]{Discipline.D5, Discipline.D6, Discipline.D7, Discipline.D8}) {
                step(d).returnWith(verdict.strip());
            }
        }
    }

    // ---- steps -------------------------------------------------------------------------------------

    public void complete(Actor actor, Discipline discipline, Instant now) {
        EightDStep step = step(discipline);
        requireStepActor(actor, step);
        if (step.isCompleted()) {
            throw BusinessException.conflict("capa.step.completed", discipline);
        }
        if (!discipline.isFirst() && !step(discipline.previous()).isCompleted()) {
            throw BusinessException.conflict("capa.step.previousOpen", discipline.previous());
        }
        List<String> missing = EightDGates.missing(this, discipline);
        if (!missing.isEmpty()) {
            throw BusinessException.invalidField(discipline.name(), missing.get(0), discipline);
        }
        step.complete(actor.username(), now);
    }

    /**
     * After the calendar changed: the open steps take their deadlines planned anew in working time, except
     * those set by hand. True if any moved.
     */
    public boolean replanOpenSteps(Map<Discipline, Instant> planned) {
        boolean moved = false;
        for (EightDStep step : steps) {
            moved |= step.replan(planned.get(step.getDiscipline()));
        }
        return moved;
    }

    public void assign(Actor actor, Discipline discipline, AppUser owner, Instant dueAt) {
        if (!actor.hasAny(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER) && !complaint.isResponsible(actor)) {
            throw BusinessException.forbidden("capa.action.notAllowed");
        }
        if (owner == null) {
            throw BusinessException.invalidField("ownerId", "capa.step.ownerRequired");
        }
        step(discipline).assign(owner, dueAt);
    }

    // ---- sign-offs -----------------------------------------------------------------------------------

    /**
     * The department manager signs, then the quality manager reviews, the analysis (after D4) or the measures
     * (after D5). A rejection returns the step with the reason; its earlier approvals no longer count.
     */
    public Approval decide(Actor actor, ApprovalSubject subject, ApprovalStage stage, boolean approve, String reason,
                           Long signatureId, Instant now) {
        if (!actor.hasAny(stage.role()) || stage == ApprovalStage.DEPARTMENT_SIGN && !isDepartmentManager(actor)) {
            throw BusinessException.forbidden("capa.approval.wrongRole", stage.role());
        }
        EightDStep step = step(subject.step());
        if (!step.isCompleted()) {
            throw BusinessException.conflict("capa.approval.stepOpen", subject.step());
        }
        if (isApproved(subject, stage)) {
            throw BusinessException.conflict("capa.approval.alreadyDone");
        }
        if (stage == ApprovalStage.QUALITY_REVIEW && !isApproved(subject, ApprovalStage.DEPARTMENT_SIGN)) {
            throw BusinessException.conflict("capa.approval.signFirst");
        }
        if (!approve && Texts.blank(reason)) {
            throw BusinessException.invalidField("reason", "capa.approval.reasonRequired");
        }
        if (!approve && nextStepCompleted(subject)) {
            throw BusinessException.conflict("capa.approval.laterStepDone", subject.step());
        }
        Approval decision = new Approval(this, subject, stage, approve ? ApprovalOutcome.APPROVED : ApprovalOutcome.REJECTED,
                actor.username(), now, Texts.trimmed(reason), signatureId);
        approvals.add(decision);
        if (!approve) {
            step.returnWith(reason.strip());
        }
        return decision;
    }

    public boolean isApproved(ApprovalSubject subject, ApprovalStage stage) {
        EightDStep step = step(subject.step());
        return step.isCompleted() && approvals.stream().anyMatch(a -> a.getSubject() == subject && a.getStage() == stage
                && a.getOutcome() == ApprovalOutcome.APPROVED && !a.getDecidedAt().isBefore(step.getCompletedAt()));
    }

    /**
     * The revision of the signed content: every rejection returns the step, and for the measures every
     * "not effective" verdict too, so the content signed next is a new revision needing new signatures.
     */
    public int revision(ApprovalSubject subject) {
        long returned = approvals.stream().filter(a -> a.getSubject() == subject && a.getOutcome() == ApprovalOutcome.REJECTED).count();
        long reopened = subject == ApprovalSubject.MEASURES ? capa.getVerifications().stream().filter(v -> !v.isEffective()).count() : 0;
        return 1 + (int) (returned + reopened);
    }

    public boolean isFullyApproved(ApprovalSubject subject) {
        return isApproved(subject, ApprovalStage.DEPARTMENT_SIGN) && isApproved(subject, ApprovalStage.QUALITY_REVIEW);
    }

    // ---- review meetings -------------------------------------------------------------------------------

    public ReviewMeeting recordMeeting(Actor actor, LocalDate heldOn, List<AppUser> attendees, String conclusion, LocalDate today) {
        requireEditor(actor);
        ReviewMeeting meeting = new ReviewMeeting(this, heldOn, attendees, conclusion, actor.username(), today);
        meetings.add(meeting);
        return meeting;
    }

    public ReviewMeeting meeting(long meetingId) {
        return meetings.stream().filter(m -> m.getId() != null && m.getId() == meetingId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("capa.meeting.notFound", meetingId));
    }

    // ---- rules ---------------------------------------------------------------------------------------

    public boolean isComplete() {
        return steps.stream().allMatch(EightDStep::isCompleted);
    }

    public EightDStep step(Discipline discipline) {
        return steps.stream().filter(s -> s.getDiscipline() == discipline).findFirst().orElseThrow();
    }

    public WhyChain whyChain(long chainId) {
        return whyChains.stream().filter(c -> c.getId() != null && c.getId() == chainId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("capa.why.notFound", chainId));
    }

    public FishboneCause cause(long causeId) {
        return causes.stream().filter(c -> c.getId() != null && c.getId() == causeId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("capa.cause.notFound", causeId));
    }

    /** The handler, the responsible department's manager, the quality and general managers; not the auditor. */
    public boolean canEdit(Actor actor) {
        return actor.hasAny(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER) || complaint.isResponsible(actor);
    }

    private boolean nextStepCompleted(ApprovalSubject subject) {
        Discipline d = subject.step();
        return d != Discipline.D8 && step(Discipline.values()[d.ordinal() + 1]).isCompleted();
    }

    private boolean isDepartmentManager(Actor actor) {
        return complaint.getDepartment() != null && complaint.getDepartment().getId().equals(actor.departmentId());
    }

    private void editable(Actor actor, Discipline discipline) {
        EightDStep step = step(discipline);
        requireStepActor(actor, step);
        if (step.isCompleted()) {
            throw BusinessException.conflict("capa.step.completed", discipline);
        }
    }

    private void requireStepActor(Actor actor, EightDStep step) {
        boolean owner = step.getOwner() != null && step.getOwner().getUsername().equals(actor.username());
        if (!owner && !canEdit(actor)) {
            throw BusinessException.forbidden("capa.action.notAllowed");
        }
    }

    private void requireEditor(Actor actor) {
        if (!canEdit(actor)) {
            throw BusinessException.forbidden("capa.action.notAllowed");
        }
    }

    private static void requireOwn(boolean owned, String key) {
        if (!owned) {
            throw BusinessException.notFound(key);
        }
    }

    public Long getId() { return id; }

    public Complaint getComplaint() { return complaint; }

    public Capa getCapa() { return capa; }

    public Instant getOpenedAt() { return openedAt; }

    public String getOpenedBy() { return openedBy; }

    public List<EightDStep> getSteps() { return List.copyOf(steps); }

    public List<TeamMember> getTeam() { return List.copyOf(team); }

    /** Hibernate leaves an embedded value null when all its columns are. */
    public ProblemDescription getProblem() {
        return problem == null ? new ProblemDescription(null, null, null, null, null, null, null) : problem;
    }

    public String getContainmentActions() { return containmentActions; }

    public List<SuspectStock> getSuspectStock() { return List.copyOf(suspectStock); }

    public List<WhyChain> getWhyChains() { return List.copyOf(whyChains); }

    public List<FishboneCause> getCauses() { return List.copyOf(causes); }

    public String getPermanentVerification() { return permanentVerification; }

    public String getImplementationValidation() { return implementationValidation; }

    public List<DocumentUpdate> getDocuments() { return List.copyOf(documents); }

    public String getRecognition() { return recognition; }

    public List<ReviewMeeting> getMeetings() { return List.copyOf(meetings); }

    public List<Approval> getApprovals() { return List.copyOf(approvals); }

    public long getVersion() { return version; }
}
