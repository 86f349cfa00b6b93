package org.vocdesk.complaint.entity;

import org.vocdesk.identity.entity.Role;

import java.util.Arrays;
import java.util.Set;

/** Who acts on a complaint: the rules ask for their roles and department. */
public record Actor(String username, Set<Role> roles, Long departmentId) {

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
