package org.vocdesk.customer.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.vocdesk.identity.entity.Role;

/** Whether pages offer changes; only for showing or hiding buttons, the boundary enforces the roles. */
final class CustomerRoles {

    private CustomerRoles() {
    }

    static boolean canChange() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.CLERK) || external.isUserInRole(Role.Names.QUALITY_MANAGER)
                || external.isUserInRole(Role.Names.ADMINISTRATOR);
    }
}
