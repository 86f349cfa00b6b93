package org.vocdesk.returns.entity;

import org.vocdesk.identity.entity.Role;

/**
 * How many product units a person may grant as compensation, through the role that gives them the highest
 * limit; limit null means no limit (the general manager by default).
 */
public record Authority(String username, Role role, Integer limit) {

    public boolean covers(int units) {
        return limit == null || units <= limit;
    }
}
