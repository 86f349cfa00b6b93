package org.vocdesk.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.WatchedSubject;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;

import java.util.List;

/**
 * Who a level reaches, taken from the organisation when the step is sent (not when it was planned), so a
 * new handler or department manager gets the notice: the handler, the responsible department's manager,
 * the active quality managers, the active general managers.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    Organisation organisation;

    public List<AppUser> of(EscalationLevel level, WatchedSubject subject) {
        return switch (level) {
            case WARNING, HANDLER -> active(organisation.user(subject.handlerId()));
            case DEPARTMENT_MANAGER -> {
                Department department = organisation.department(subject.departmentId());
                yield active(department == null ? null : department.getManager());
            }
            case QUALITY_MANAGER -> organisation.usersWithRole(Role.QUALITY_MANAGER);
            case GENERAL_MANAGER -> organisation.usersWithRole(Role.GENERAL_MANAGER);
        };
    }

    private static List<AppUser> active(AppUser user) {
        return user != null && user.isActive() ? List.of(user) : List.of();
    }
}
