package org.vocdesk.complaint.control;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Which complaints a user may see: all of them, or those of their departments (the one they work in and those they
 * manage) plus those assigned to the user.
 * The one place that decides it (from roles and the user's scope setting) and that turns it into a query
 * condition; the ledger, the KPIs and every single-complaint read go through it, so a figure, the list behind
 * it and the record it links to always agree. Handlers and department managers are limited to their
 * departments unless the administrator widened their scope; the roles that run or watch the whole process
 * (clerks who record and answer every complaint, quality and general manager, auditor, administrator) see all.
 */
public record Visibility(boolean all, Set<Long> departmentIds, Long userId) {

    private static final Set<Role> SEE_ALL = EnumSet.of(Role.CLERK, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER,
            Role.AUDITOR, Role.ADMINISTRATOR);

    public Visibility {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    public static Visibility everything() {
        return new Visibility(true, Set.of(), null);
    }

    /**
     * The user's visibility; {@code managed}: the departments whose appointed manager the user is, which a department
     * manager supervises (their escalation notices, see Complaint.isSupervisor) whatever department they work in;
     * asked for only when it matters, so callers who see everything cost no query.
     */
    public static Visibility of(AppUser user, Supplier<Collection<Long>> managed) {
        if (user == null || !user.isActive()) {
            return new Visibility(false, Set.of(), null);
        }
        if (user.getComplaintScope() == ComplaintScope.ALL || user.getRoles().stream().anyMatch(SEE_ALL::contains)) {
            return everything();
        }
        Set<Long> departments = new TreeSet<>(user.getRoles().contains(Role.DEPARTMENT_MANAGER) ? managed.get() : Set.of());
        if (user.getDepartment() != null) {
            departments.add(user.getDepartment().getId());
        }
        return new Visibility(false, departments, user.getId());
    }

    /** The condition on {@code c} (a Complaint) to append to a where clause, with its values put into p; "" for all. */
    public String condition(Map<String, Object> p) {
        if (all) {
            return "";
        }
        if (departmentIds.isEmpty() && userId == null) {
            return " and 1 = 0";
        }
        StringBuilder condition = new StringBuilder(" and (");
        if (!departmentIds.isEmpty()) {
            condition.append("c.department.id in :visibleDepartments");
            p.put("visibleDepartments", departmentIds);
        }
        if (userId != null) {
            condition.append(departmentIds.isEmpty() ? "" : " or ").append("c.handler.id = :visibleHandler");
            p.put("visibleHandler", userId);
        }
        return condition.append(")").toString();
    }

    /** The same rule for one complaint, given its department and handler (either may be null). */
    public boolean allows(Long complaintDepartmentId, Long complaintHandlerId) {
        return all
                || complaintDepartmentId != null && departmentIds.contains(complaintDepartmentId)
                || userId != null && userId.equals(complaintHandlerId);
    }
}
