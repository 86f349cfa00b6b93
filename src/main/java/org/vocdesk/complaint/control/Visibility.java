package org.vocdesk.complaint.control;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which complaints a user may see: all of them, or those of one department plus those assigned to the user.
 * The one place that decides it (from roles and the user's scope setting) and that turns it into a query
 * condition; the ledger, the KPIs and every single-complaint read go through it, so a figure, the list behind
 * it and the record it links to always agree. Handlers and department managers are limited to their
 * department unless the administrator widened their scope; the roles that run or watch the whole process
 * (clerks who record and answer every complaint, quality and general manager, auditor, administrator) see all.
 */
public record Visibility(boolean all, Long departmentId, Long userId) {

    private static final Set<Role> SEE_ALL = EnumSet.of(Role.CLERK, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER,
            Role.AUDITOR, Role.ADMINISTRATOR);

    public static Visibility everything() {
        return new Visibility(true, null, null);
    }

    public static Visibility of(AppUser user) {
        if (user == null || !user.isActive()) {
            return new Visibility(false, null, null);
        }
        if (user.getComplaintScope() == ComplaintScope.ALL || user.getRoles().stream().anyMatch(SEE_ALL::contains)) {
            return everything();
        }
        return new Visibility(false, user.getDepartment() == null ? null : user.getDepartment().getId(), user.getId());
    }

    /** The condition on {@code c} (a Complaint) to append to a where clause, with its values put into p; "" for all. */
    public String condition(Map<String, Object> p) {
        if (all) {
            return "";
        }
        if (departmentId == null && userId == null) {
            return " and 1 = 0";
        }
        StringBuilder condition = new StringBuilder(" and (");
        if (departmentId != null) {
            condition.append("c.department.id = :visibleDepartment");
            p.put("visibleDepartment", departmentId);
        }
        if (userId != null) {
            condition.append(departmentId != null ? " or " : "").append("c.handler.id = :visibleHandler");
            p.put("visibleHandler", userId);
        }
        return condition.append(")").toString();
    }

    /** The same rule for one complaint, given its department and handler (either may be null). */
    public boolean allows(Long complaintDepartmentId, Long complaintHandlerId) {
        return all
                || departmentId != null && departmentId.equals(complaintDepartmentId)
                || userId != null && userId.equals(complaintHandlerId);
    }
}
