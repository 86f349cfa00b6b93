package org.vocdesk.complaint.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.complaint.entity.Pause;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** The "waiting on the customer" section of the complaint page: stop and restart the deadlines' clock. */
@Named
@RequestScoped
public class CustomerWaitBacking {

    private static final Set<ComplaintStatus> CAN_WAIT = EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED,
            ComplaintStatus.INVESTIGATING, ComplaintStatus.REOPENED);

    @Inject
    Complaints complaints;

    @Inject
    ComplaintBacking page;

    @Inject
    CurrentUser currentUser;

    private String reason;

    public void start() {
        complaints.waitForCustomer(page.getId(), reason);
        done("complaint.wait.started");
    }

    public void end() {
        complaints.endCustomerWait(page.getId(), reason);
        done("complaint.wait.ended");
    }

    /** Offered to the roles the boundary lets act (it checks the handler and department again). */
    public boolean isMayAct() {
        return currentUser.is(Role.HANDLER) || currentUser.is(Role.DEPARTMENT_MANAGER)
                || currentUser.is(Role.QUALITY_MANAGER) || currentUser.is(Role.GENERAL_MANAGER);
    }

    public boolean isCanStart() {
        Complaint c = page.getComplaint();
        return isMayAct() && CAN_WAIT.contains(c.getStatus()) && !c.isWaitingOnCustomer();
    }

    public boolean isCanEnd() {
        return isMayAct() && page.getComplaint().isWaitingOnCustomer();
    }

    /** When the open wait began, or null. */
    public Instant getWaitingSince() {
        return page.getComplaint().pauses().stream().filter(Pause::isOngoing).map(Pause::from).findFirst().orElse(null);
    }

    private void done(String key) {
        FacesMessages.info(key);
        reason = null;
        page.load();
    }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}
