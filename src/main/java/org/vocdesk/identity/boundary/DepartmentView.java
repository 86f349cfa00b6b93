package org.vocdesk.identity.boundary;

import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;

/** A department as REST shows it, with its manager's id and name. */
public record DepartmentView(Long id, String code, String name, Long managerId, String managerName) implements java.io.Serializable {

    public static DepartmentView of(Department department) {
        AppUser manager = department.getManager();
        return new DepartmentView(department.getId(), department.getCode(), department.getName(),
                manager == null ? null : manager.getId(), manager == null ? null : manager.getDisplayName());
    }
}
