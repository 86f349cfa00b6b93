package org.vocdesk.complaint.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.control.DeadlineCalculator;
import org.vocdesk.complaint.entity.Attachment;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.MajorReason;
import org.vocdesk.complaint.entity.NewAttachment;
import org.vocdesk.complaint.entity.TriageDecision;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.complaint.entity.Validity;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.platform.web.Labels;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The complaint page: every field, deadlines with working time left, timeline, attachments and the next steps. */
@Named
@ViewScoped
public class ComplaintBacking implements Serializable {

    @Inject
    Complaints complaints;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    Formats formats;

    @Inject
    Labels labels;

    private Long id;
    private Complaint complaint;
    private List<ComplaintEvent> timeline;
    private List<Attachment> attachments;

    // triage and step inputs
    private Validity validity = Validity.VALID;
    private Urgency priority;
    private MajorReason[] majorReasons = new MajorReason[0];
    private Long categoryId;
    private Long departmentId;
    private Long handlerId;
    private String comment;
    private LocalDateTime repliedAt;
    private transient UploadedFile file;

    public void load() {
        complaint = complaints.get(id);
        timeline = complaints.timeline(id);
        attachments = complaints.attachments(id);
        priority = complaint.effectivePriority();
        majorReasons = complaint.getMajorReasons().toArray(MajorReason[]::new);
        categoryId = complaint.getCategory().getId();
        departmentId = complaint.getDepartment() == null ? null : complaint.getDepartment().getId();
        handlerId = complaint.getHandler() == null ? null : complaint.getHandler().getId();
        repliedAt = formats.local(Instant.now()).withSecond(0).withNano(0);
        comment = null;
    }

    public void triage() {
        complaints.triage(id, new TriageDecision(validity, priority, Set.of(majorReasons), categoryId, departmentId, handlerId,
                validity == Validity.INVALID ? comment : null, validity == Validity.VALID ? comment : null));
        done();
    }

    public void recordFirstReply() {
        complaints.recordFirstReply(id, formats.instant(repliedAt), comment);
        done();
    }

    public void reassign() {
        complaints.reassign(id, departmentId, handlerId, comment);
        done();
    }

    public void startInvestigation() {
        complaints.startInvestigation(id, comment);
        done();
    }

    public void requestConfirmation() {
        complaints.requestConfirmation(id, comment);
        done();
    }

    public void close() {
        complaints.close(id, comment);
        done();
    }

    public void reopen() {
        complaints.reopen(id, comment);
        done();
    }

    public void upload() {
        if (file != null && file.getSize() > 0) {
            complaints.addAttachment(id, new NewAttachment(file.getFileName(), file.getContent()));
            done();
        }
    }

    private void done() {
        FacesMessages.info("complaint.action.done");
        load();
    }

    /** "12 working hours left" or "overdue by 3 working hours", in working time of the complaint's calendar. */
    public String timeLeft(Instant deadline) {
        Duration left = deadlines.workingTimeLeft(complaint, deadline);
        String amount = left.abs().toHours() >= 1
                ? labels.format("complaint.duration.hours", left.abs().toHours())
                : labels.format("complaint.duration.minutes", left.abs().toMinutes());
        return labels.format(left.isNegative() ? "complaint.detail.overdueBy" : "complaint.detail.left", amount);
    }

    public boolean isQualityManager() {
        return currentUser.is(Role.QUALITY_MANAGER) || currentUser.is(Role.GENERAL_MANAGER);
    }

    /** Anyone but a pure reader (the auditor) may take the steps their role allows; the boundary checks each. */
    public boolean isCanAct() {
        return currentUser.is(Role.CLERK) || currentUser.is(Role.HANDLER) || currentUser.is(Role.DEPARTMENT_MANAGER)
                || isQualityManager();
    }

    public boolean is(String status) {
        return complaint.getStatus() == ComplaintStatus.valueOf(status);
    }

    public boolean isOverdue() {
        return complaint.isOverdue(Instant.now());
    }

    public List<Category> getCategories() { return complaints.categories(true); }

    public List<Department> getDepartments() { return organisation.departments(); }

    public List<AppUser> getHandlers() {
        return organisation.activeUsers().stream()
                .filter(u -> departmentId == null || u.getDepartment() != null && departmentId.equals(u.getDepartment().getId()))
                .toList();
    }

    public Urgency[] getUrgencies() { return Urgency.values(); }

    public MajorReason[] getAllMajorReasons() { return MajorReason.values(); }

    public Validity[] getValidities() { return Validity.values(); }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public Complaint getComplaint() { return complaint; }

    public List<ComplaintEvent> getTimeline() { return timeline; }

    public List<Attachment> getAttachments() { return attachments; }

    public Validity getValidity() { return validity; }

    public void setValidity(Validity validity) { this.validity = validity; }

    public Urgency getPriority() { return priority; }

    public void setPriority(Urgency priority) { this.priority = priority; }

    public MajorReason[] getMajorReasons() { return majorReasons; }

    public void setMajorReasons(MajorReason[] majorReasons) { this.majorReasons = majorReasons == null ? new MajorReason[0] : majorReasons; }

    public Long getCategoryId() { return categoryId; }

    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }

    public Long getHandlerId() { return handlerId; }

    public void setHandlerId(Long handlerId) { this.handlerId = handlerId; }

    public String getComment() { return comment; }

    public void setComment(String comment) { this.comment = comment; }

    public LocalDateTime getRepliedAt() { return repliedAt; }

    public void setRepliedAt(LocalDateTime repliedAt) { this.repliedAt = repliedAt; }

    public UploadedFile getFile() { return file; }

    public void setFile(UploadedFile file) { this.file = file; }
}
