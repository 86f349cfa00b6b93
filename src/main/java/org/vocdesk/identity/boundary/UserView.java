package org.vocdesk.identity.boundary;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;

import java.util.Set;

/** A user as REST shows it: never the password hash. Built inside the transaction (the department is lazy). */
public record UserView(Long id, String username, String displayName, String email, Long departmentId,
                       String departmentName, Set<Role> roles, String locale, boolean active,
                       ComplaintScope complaintScope, boolean locked) implements java.io.Serializable {

    public static UserView of(AppUser user) {
        Department department = user.getDepartment();
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                department == null ? null : department.getId(), department == null ? null : department.getName(),
                user.getRoles(), user.getLocale(), user.isActive(), user.getComplaintScope(), user.isLocked());
    }
}
