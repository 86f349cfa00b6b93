package org.vocdesk.returns.web;

import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.Role;

/** Which parts of the section a user sees; the boundary checks every call again. */
final class StaffRoles {

    private StaffRoles() {
    }

    /** Handlers and managers analyse returned goods. */
    static boolean analyses(CurrentUser user) {
        return user.is(Role.HANDLER) || user.is(Role.DEPARTMENT_MANAGER) || user.is(Role.QUALITY_MANAGER) || user.is(Role.GENERAL_MANAGER);
    }

    /** Everyone but the auditor (who only reads) records returns and claims. */
    static boolean acts(CurrentUser user) {
        return user.is(Role.CLERK) || analyses(user);
    }
}
