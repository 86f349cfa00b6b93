package org.vocdesk.escalation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.escalation.boundary.SupervisorActions;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.notification.boundary.NoticeView;
import org.vocdesk.notification.boundary.Notifications;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.LanguageBacking;

import java.io.Serializable;
import java.util.List;

/**
 * Acting from one notice (app/escalation/notice.xhtml): acknowledge with a comment, or, for a supervisor,
 * reassign, extend the deadline or take over. Each action returns to the inbox with a message.
 */
@Named
@ViewScoped
public class NoticeActionBacking implements Serializable {

    private static final String INBOX = "/app/inbox?faces-redirect=true";

    @Inject
    Notifications notifications;

    @Inject
    SupervisorActions actions;

    @Inject
    Complaints complaints;

    @Inject
    Organisation organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageBacking language;

    private Long id;
    private NoticeView notice;
    private Complaint complaint;
    private String comment;
    private Long departmentId;
    private Long handlerId;
    private String by = "1d";
    private String reason;

    public void load() {
        notice = notifications.mine(id, language.getLocale());
        if (ComplaintDeadlines.TYPE.equals(notice.subjectType())) {
            complaint = complaints.get(notice.subjectId());
            departmentId = complaint.getDepartment() == null ? null : complaint.getDepartment().getId();
            handlerId = complaint.getHandler() == null ? null : complaint.getHandler().getId();
        }
    }

    public String acknowledge() {
        notifications.acknowledge(id, comment, language.getLocale());
        return done("notification.inbox.done");
    }

    public String reassign() {
        actions.reassign(id, departmentId, handlerId, comment, language.getLocale());
        return done("escalation.act.reassigned");
    }

    public String extend() {
        actions.extend(id, by, reason, language.getLocale());
        return done("escalation.act.extended");
    }

    public String takeOver() {
        actions.takeOver(id, comment, language.getLocale());
        return done("escalation.act.takenOver");
    }

    private static String done(String key) {
        FacesMessages.info(key);
        return INBOX;
    }

    /** Supervisor notices about a complaint, to a department, quality or general manager. */
    public boolean isCanAct() {
        return notice != null && SupervisorActions.mayAct(notice) && (currentUser.is(Role.DEPARTMENT_MANAGER)
                || currentUser.is(Role.QUALITY_MANAGER) || currentUser.is(Role.GENERAL_MANAGER));
    }

    public boolean isCanExtend() {
        return isCanAct() && ("FIRST_REPLY".equals(notice.kind()) || "RESPONSE".equals(notice.kind()));
    }

    public List<Department> getDepartments() { return organisation.departments(); }

    public List<AppUser> getHandlers() {
        return organisation.activeUsers().stream()
                .filter(u -> departmentId == null || u.getDepartment() != null && departmentId.equals(u.getDepartment().getId()))
                .toList();
    }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public NoticeView getNotice() { return notice; }

    public Complaint getComplaint() { return complaint; }

    public String getComment() { return comment; }

    public void setComment(String comment) { this.comment = comment; }

    public Long getDepartmentId() { return departmentId; }

    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }

    public Long getHandlerId() { return handlerId; }

    public void setHandlerId(Long handlerId) { this.handlerId = handlerId; }

    public String getBy() { return by; }

    public void setBy(String by) { this.by = by; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}
