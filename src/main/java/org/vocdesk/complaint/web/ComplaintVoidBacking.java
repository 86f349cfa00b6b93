package org.vocdesk.complaint.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;

/** Voiding a complaint recorded in error, from its page (quality manager). */
@Named
@RequestScoped
public class ComplaintVoidBacking {

    @Inject
    Complaints complaints;

    @Inject
    ComplaintBacking page;

    @Inject
    CurrentUser currentUser;

    private String reason;

    public void voidComplaint() {
        complaints.voidComplaint(page.getId(), reason);
        FacesMessages.info("complaint.void.done");
        reason = null;
        page.load();
    }

    public boolean isCanVoid() {
        return currentUser.is(Role.QUALITY_MANAGER) && page.getComplaint().getStatus() != ComplaintStatus.VOIDED;
    }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}
