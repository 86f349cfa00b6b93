package org.vocdesk.identity.boundary;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;

import java.util.Set;

/** Who the caller is: enough for a client to greet them and decide which functions to offer. */
public record MeView(Long id, String username, String displayName, String email, Set<Role> roles,
                     DepartmentRef department, String locale) {

    public record DepartmentRef(Long id, String code, String name) {
    }

    public static MeView of(AppUser user) {
        var d = user.getDepartment();
        return new MeView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                d == null ? null : new DepartmentRef(d.getId(), d.getCode(), d.getName()), user.getLocale());
    }
}
