package org.vocdesk.closure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.escalation.control.ComplaintDeadlines;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.notification.boundary.Notifications;
import org.vocdesk.notification.entity.NoticeRequest;

import java.time.Instant;
import java.util.List;

/** Praise is passed on as a good example: a notice to everyone in the responsible department (else the quality managers). */
@ApplicationScoped
public class PraiseSharing {

    @Inject
    Organisation organisation;

    @Inject
    Notifications notifications;

    public int share(Complaint praise, Instant now) {
        Long department = praise.getDepartment() == null ? null : praise.getDepartment().getId();
        List<AppUser> recipients = department == null ? organisation.usersWithRole(Role.QUALITY_MANAGER)
                : organisation.activeUsers().stream().filter(u -> u.getDepartment() != null && department.equals(u.getDepartment().getId())).toList();
        for (AppUser recipient : recipients) {
            notifications.notify(new NoticeRequest(recipient.getId(), null, ComplaintDeadlines.TYPE, praise.getId(), praise.getNumber(),
                    "/app/complaints/view.xhtml?id=" + praise.getId(), "PRAISE", "INFO", "closure.notice.praise", now));
        }
        return recipients.size();
    }
}
