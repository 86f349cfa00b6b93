package org.vocdesk.complaint.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vocdesk.identity.entity.AppUser;
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

    @PersistenceContext
    EntityManager em;

    private Visibility visibility;

    /**
     * Work done later on a user's behalf (a report job in the background) sees what that user sees, not everything
     * as the system's own work would. A user who no longer exists sees nothing.
     */
    public void actFor(String username) {
        AppUser user = em.createQuery("select u from AppUser u left join fetch u.department where u.username = :name",
                AppUser.class).setParameter("name", username).getResultStream().findFirst().orElse(null);
        visibility = of(user);
    }

    public Visibility current() {
        if (visibility == null) {
            visibility = currentUser.username().isEmpty() ? Visibility.everything() : of(currentUser.find().orElse(null));
        }
        return visibility;
    }

    private Visibility of(AppUser user) {
        return Visibility.of(user, () -> em.createQuery("select d.id from Department d where d.manager = :user", Long.class)
                .setParameter("user", user).getResultList());
    }

    /**
     * The complaint of this id when the caller may see it: 404 when there is none, else 403 naming it when it lies
     * outside the caller's scope. For features whose records hang off a complaint (8D, escalation history, audit
     * history), so that they refuse exactly as the complaint resource does.
     */
    public Complaint require(long complaintId) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        if (complaint == null) {
            throw BusinessException.notFound("complaint.notFound", complaintId);
        }
        return require(complaint);
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
