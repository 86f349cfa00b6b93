package org.vocdesk.identity.control;

import org.vocdesk.identity.entity.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which product roles the values of the provider's role claim give, as configured in
 * {@code vocdesk.oidc.role-mapping} ("claim value=ROLE, ...", a value may be listed more than once). Only listed values
 * count: a value the mapping does not name gives nothing, not even when it happens to be spelled like a role, so what
 * an identity provider's administrators call their groups never grants VoC Desk roles by accident.
 */
public final class OidcRoleMapping {

    private final Map<String, Set<Role>> rolesByValue;

    private OidcRoleMapping(Map<String, Set<Role>> rolesByValue) {
        this.rolesByValue = rolesByValue;
    }

    /** Parses "value=ROLE,value=ROLE"; a role name that is not one of the product's fails (a typo must not go unnoticed). */
    public static OidcRoleMapping parse(String text) {
        Map<String, Set<Role>> mapping = new HashMap<>();
        if (text != null) {
            for (String entry : text.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.lastIndexOf('=');
                if (eq <= 0 || eq == entry.length() - 1) {
                    throw new IllegalArgumentException("vocdesk.oidc.role-mapping: '" + entry.strip() + "' is not claim-value=ROLE");
                }
                String value = entry.substring(0, eq).strip();
                String roleName = entry.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
                Role role;
                try {
                    role = Role.valueOf(roleName);
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("vocdesk.oidc.role-mapping: '" + roleName + "' is not a role; roles: "
                            + EnumSet.allOf(Role.class), unknown);
                }
                mapping.computeIfAbsent(value, v -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        return new OidcRoleMapping(mapping);
    }

    /** The roles the claim values give (values compared exactly, as providers send them). */
    public Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimValues != null) {
            for (String value : new HashSet<>(claimValues)) {
                Set<Role> mapped = value == null ? null : rolesByValue.get(value.strip());
                if (mapped != null) {
                    roles.addAll(mapped);
                }
            }
        }
        return roles;
    }

    public boolean isEmpty() {
        return rolesByValue.isEmpty();
    }
}
