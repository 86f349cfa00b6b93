package org.vocdesk.signature.entity;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;

/** The person signing and the role they sign in (one they hold; auditors and administrators do not sign). */
public record Signer(String username, String displayName, Role role) {

    /** Most senior first: the role a signature is given when the caller does not name one. */
    static final List<Role> SIGNING_ROLES = List.of(Role.GENERAL_MANAGER, Role.QUALITY_MANAGER, Role.DEPARTMENT_MANAGER,
            Role.HANDLER, Role.CLERK);

    public static Signer of(AppUser user, Role wanted) {
        Role role = wanted != null ? wanted
                : SIGNING_ROLES.stream().filter(user::has).findFirst()
                .orElseThrow(() -> BusinessException.forbidden("signature.role.none"));
        if (!SIGNING_ROLES.contains(role) || !user.has(role)) {
            throw BusinessException.forbidden("signature.role.notHeld", role);
        }
        return new Signer(user.getUsername(), user.getDisplayName(), role);
    }
}
