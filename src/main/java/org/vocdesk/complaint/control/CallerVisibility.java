package org.vocdesk.complaint.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.platform.entity.BusinessException;

/**
 * The {@link Visibility} of the caller of this request. Work without a logged-in caller (timers, after-commit
 * reactions, the customer's token pages, whose token already names the one record) is the system's own and
 * sees everything; every staff entry point has a caller, because the boundaries require a role.
 */
@RequestScoped
public class CallerVisibility {

    @Inject
    CurrentUser currentUser;

    private Visibility visibility;

    public Visibility current() {
        if (visibility == null) {
            visibility = currentUser.username().isEmpty() ? Visibility.everything() : Visibility.of(currentUser.find().orElse(null));
        }
        return visibility;
    }

    /** The complaint, when the caller may see it; else 403 with a message naming it. */
    public Complaint require(Complaint complaint) {
        Long department = complaint.getDepartment() == null ? null : complaint.getDepartment().getId();
        Long handler = complaint.getHandler() == null ? null : complaint.getHandler().getId();
        if (!current().allows(department, handler)) {
            throw BusinessException.forbidden("complaint.notInScope", complaint.getNumber());
        }
        return complaint;
    }
}
