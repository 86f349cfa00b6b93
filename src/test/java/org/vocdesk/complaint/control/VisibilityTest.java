package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisibilityTest {

    @Test
    void rolesThatWatchTheWholeProcessSeeEverything() {
        for (Role role : Set.of(Role.CLERK, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER, Role.AUDITOR, Role.ADMINISTRATOR)) {
            assertTrue(Visibility.of(user(role)).all(), role.name());
        }
        assertTrue(Visibility.of(user(Role.HANDLER, Role.CLERK)).all(), "the widest role counts");
    }

    @Test
    void handlersAndDepartmentManagersAreLimitedUnlessTheirScopeIsWidened() {
        assertFalse(Visibility.of(user(Role.HANDLER)).all());
        assertFalse(Visibility.of(user(Role.DEPARTMENT_MANAGER)).all());
        AppUser widened = user(Role.DEPARTMENT_MANAGER);
        widened.limitComplaintsTo(ComplaintScope.ALL);
        assertTrue(Visibility.of(widened).all());
    }

    @Test
    void anInactiveOrUnknownUserSeesNothing() {
        AppUser inactive = user(Role.QUALITY_MANAGER);
        inactive.activate(false);
        Map<String, Object> p = new HashMap<>();
        assertEquals(" and 1 = 0", Visibility.of(inactive).condition(p));
        assertEquals(" and 1 = 0", Visibility.of(null).condition(p));
        assertTrue(p.isEmpty());
    }

    @Test
    void departmentScopeIsTheDepartmentOrTheComplaintsAssignedToTheUser() {
        Visibility own = new Visibility(false, 7L, 42L);
        Map<String, Object> p = new HashMap<>();
        assertEquals(" and (c.department.id = :visibleDepartment or c.handler.id = :visibleHandler)", own.condition(p));
        assertEquals(Map.of("visibleDepartment", 7L, "visibleHandler", 42L), p);
        assertTrue(own.allows(7L, null));
        assertTrue(own.allows(8L, 42L));
        assertFalse(own.allows(8L, 43L));
        assertFalse(own.allows(null, null), "untriaged complaints belong to no department yet");
        assertTrue(Visibility.everything().allows(null, null));
        assertEquals("", Visibility.everything().condition(new HashMap<>()));
    }

    @Test
    void withoutDepartmentOnlyTheirOwnComplaints() {
        Map<String, Object> p = new HashMap<>();
        assertEquals(" and (c.handler.id = :visibleHandler)", new Visibility(false, null, 42L).condition(p));
        assertEquals(Map.of("visibleHandler", 42L), p);
    }

    @Test
    void aDepartmentManagerAlsoSeesTheDepartmentsTheyWereAppointedToManage() {
        AppUser manager = user(Role.DEPARTMENT_MANAGER);
        Visibility managing = Visibility.of(manager, Set.of(7L, 9L));
        assertFalse(managing.all());
        assertTrue(managing.allows(7L, null));
        assertTrue(managing.allows(9L, null));
        assertFalse(managing.allows(8L, null));
        assertFalse(managing.allows(null, null), "untriaged complaints belong to no department yet");
        Map<String, Object> p = new HashMap<>();
        assertEquals(" and (c.department.id in :managedDepartments)", managing.condition(p));
        assertEquals(Set.of(7L, 9L), p.get("managedDepartments"));

        AppUser handler = user(Role.HANDLER);
        assertFalse(Visibility.of(handler, Set.of(7L)).allows(7L, null), "appointing a handler as manager gives no department manager's view");
    }

    private static AppUser user(Role... roles) {
        AppUser user = new AppUser("someone", "Someone", null, "hash");
        user.grant(Set.of(roles));
        return user;
    }
}
