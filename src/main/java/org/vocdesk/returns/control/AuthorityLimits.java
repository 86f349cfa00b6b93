package org.vocdesk.returns.control;

import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.returns.entity.Authority;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compensation limits per role, in product units, from a setting such as
 * {@code CLERK:12,DEPARTMENT_MANAGER:48,QUALITY_MANAGER:48,GENERAL_MANAGER:unlimited}. Roles not listed
 * cannot approve compensation.
 */
public final class AuthorityLimits {

    public static final String DEFAULT = "CLERK:12,DEPARTMENT_MANAGER:48,QUALITY_MANAGER:48,GENERAL_MANAGER:unlimited";
    private static final String UNLIMITED = "unlimited";

    /** A null value is no limit. */
    private final Map<Role, Integer> limits;

    private AuthorityLimits(Map<Role, Integer> limits) {
        this.limits = limits;
    }

    /** Fails with a message naming the bad entry: a wrong setting must stop the start, not grant anything. */
    public static AuthorityLimits parse(String setting) {
        Map<Role, Integer> limits = new EnumMap<>(Role.class);
        for (String entry : setting.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("vocdesk.compensation.limits: expected ROLE:units or ROLE:unlimited, got '" + entry + "'");
            }
            String value = parts[1].strip();
            Integer limit = UNLIMITED.equalsIgnoreCase(value) ? null : Integer.valueOf(value);
            if (limit != null && limit < 0) {
                throw new IllegalArgumentException("vocdesk.compensation.limits: negative limit in '" + entry + "'");
            }
            limits.put(Role.valueOf(parts[0].strip()), limit);
        }
        return new AuthorityLimits(limits);
    }

    /** The authority of someone holding these roles: the highest of their roles' limits. */
    public Optional<Authority> of(String username, Collection<Role> roles) {
        return roles.stream().filter(limits::containsKey)
                .max(Comparator.comparing(r -> limitOrMax(limits.get(r))))
                .map(r -> new Authority(username, r, limits.get(r)));
    }

    /** Like {@link #of} but refuses those who hold no approving role. */
    public Authority require(String username, Collection<Role> roles) {
        return of(username, roles).orElseThrow(() -> BusinessException.forbidden("returns.compensation.noAuthority"));
    }

    /** The role with the smallest limit that still covers the units (the one to ask), if any. */
    public Optional<Role> neededFor(int units) {
        return limits.entrySet().stream().filter(e -> limitOrMax(e.getValue()) >= units)
                .min(Comparator.comparing(e -> limitOrMax(e.getValue()))).map(Map.Entry::getKey);
    }

    private static long limitOrMax(Integer limit) {
        return limit == null ? Long.MAX_VALUE : limit;
    }
}
