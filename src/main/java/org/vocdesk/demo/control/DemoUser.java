package org.vocdesk.demo.control;

import org.vocdesk.identity.entity.Role;

import java.util.Set;

/** A demo user: departmentCode may be null (general manager, auditor). */
public record DemoUser(String username, String displayName, String email, String departmentCode, Set<Role> roles) {
}
