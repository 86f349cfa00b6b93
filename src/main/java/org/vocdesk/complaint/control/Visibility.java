package org.vocdesk.complaint.control;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Which complaints a user may see: all of them, or those of one department plus those assigned to the user.
 * The one place that decides it (from roles and the user's scope setting) and that turns it into a query
 * condition; the ledger, the KPIs and every single-complaint read go through it, so a figure, the list behind
 * it and the record it links to always agree. Handlers and department managers are limited to their
 * department unless the administrator widened their scope; the roles that run or watch the whole process
 * (clerks who record and answer every complaint, quality and general manager, auditor, administrator) see all.
 * A department manager also sees the departments the administrator appointed them to manage (whose escalation
 * notices they receive and whose complaints they supervise, see Complaint.isSupervisor), even when their own
 * user record names another department or none.
 */
public record Visibility(boolean all, Long departmentId, Long userId, Set<Long> managedDepartments) {

    private static final Set<Role> SEE_ALL = EnumSet.of(Role.CLERK, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER,
            Role.AUDITOR, Role.ADMINISTRATOR);

    public Visibility {
        managedDepartments = managedDepartments == null ? Set.of() : Set.copyOf(managedDepartments);
    }

    public Visibility(boolean all, Long departmentId, Long userId) {
        this(all, departmentId, userId, Set.of());
    }

    public static Visibility everything() {
        return new Visibility(true, null, null);
    }

    public static Visibility of(AppUser user) {
        return of(user, Set.of());
    }

    /** managed: the ids of the departments whose appointed manager the user is. */
    public static Visibility of(AppUser user, Set<Long> managed) {
        if (user == null || !user.isActive()) {
            return new Visibility(false, null, null);
        }
        if (user.getComplaintScope() == ComplaintScope.ALL || user.getRoles().stream().anyMatch(SEE_ALL::contains)) {
            return everything();
        }
        Long own = user.getDepartment() == null ? null : user.getDepartment().getId();
        Set<Long> managedOthers = new HashSet<>(user.getRoles().contains(Role.DEPARTMENT_MANAGER) ? managed : Set.of());
        managedOthers.remove(own);
        return new Visibility(false, own, user.getId(), managedOthers);
    }

    /** The condition on {@code c} (a Complaint) to append to a where clause, with its values put into p; "" for all. */
    public String condition(Map<String, Object> p) {
        if (all) {
            return "";
        }
        if (departmentId == null && userId == null && managedDepartments.isEmpty()) {
            return " and 1 = 0";
        }
        StringJoiner condition = new StringJoiner(" or ", " and (", ")");
        if (departmentId != null) {
            condition.add("c.department.id = :visibleDepartment");
            p.put("visibleDepartment", departmentId);
        }
        if (!managedDepartments.isEmpty()) {
            condition.add("c.department.id in :managedDepartments");
            p.put("managedDepartments", managedDepartments);
        }
        if (userId != null) {
            condition.add("c.handler.id = :visibleHandler");
            p.put("visibleHandler", userId);
        }
        return condition.toString();
    }

    /** The same rule for one complaint, given its department and handler (either may be null). */
    public boolean allows(Long complaintDepartmentId, Long complaintHandlerId) {
        return all
                || departmentId != null && departmentId.equals(complaintDepartmentId)
                || complaintDepartmentId != null && managedDepartments.contains(complaintDepartmentId)
                || userId != null && userId.equals(complaintHandlerId);
    }
}
