package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisibilityTest {

    @Test
    void rolesThatWatchTheWholeProcessSeeEverything() {
        for (Role role : Set.of(Role.CLERK, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER, Role.AUDITOR, Role.ADMINISTRATOR)) {
            assertTrue(Visibility.of(user(role), () -> List.of()).all(), role.name());
        }
        assertTrue(Visibility.of(user(Role.HANDLER, Role.CLERK), () -> List.of()).all(), "the widest role counts");
        assertTrue(Visibility.of(user(Role.QUALITY_MANAGER), () -> {
            throw new AssertionError("the managed departments are not looked up for a caller who sees everything");
        }).all());
    }

    @Test
    void handlersAndDepartmentManagersAreLimitedUnlessTheirScopeIsWidened() {
        assertFalse(Visibility.of(user(Role.HANDLER), () -> List.of()).all());
        assertFalse(Visibility.of(user(Role.DEPARTMENT_MANAGER), () -> List.of(3L)).all());
        AppUser widened = user(Role.DEPARTMENT_MANAGER);
        widened.limitComplaintsTo(ComplaintScope.ALL);
        assertTrue(Visibility.of(widened, () -> List.of()).all());
    }

    @Test
    void anInactiveOrUnknownUserSeesNothing() {
        AppUser inactive = user(Role.QUALITY_MANAGER);
        inactive.activate(false);
        Map<String, Object> p = new HashMap<>();
        assertEquals(" and 1 = 0", Visibility.of(inactive, () -> List.of(3L)).condition(p));
        assertEquals(" and 1 = 0", Visibility.of(null, () -> List.of()).condition(p));
        assertTrue(p.isEmpty());
    }

    @Test
    void departmentScopeIsTheDepartmentOrTheComplaintsAssignedToTheUser() {
        Visibility own = new Visibility(false, Set.of(7L), 42L);
        Map<String, Object> p = new HashMap<>();
        assertEquals(" and (c.department.id in :visibleDepartments or c.handler.id = :visibleHandler)", own.condition(p));
        assertEquals(Map.of("visibleDepartments", Set.of(7L), "visibleHandler", 42L), p);
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
        assertEquals(" and (c.handler.id = :visibleHandler)", new Visibility(false, Set.of(), 42L).condition(p));
        assertEquals(Map.of("visibleHandler", 42L), p);
    }

    @Test
    void aDepartmentManagerSeesTheDepartmentsTheyManageBesidesTheirOwn() {
        AppUser manager = user(Role.DEPARTMENT_MANAGER);
        manager.assignTo(new org.vocdesk.identity.entity.Department("QA", "Quality") {
            @Override
            public Long getId() {
                return 5L;
            }
        });
        Visibility visibility = Visibility.of(manager, () -> List.of(7L, 9L));
        assertEquals(Set.of(5L, 7L, 9L), visibility.departmentIds());
        assertTrue(visibility.allows(9L, null));
        assertFalse(visibility.allows(8L, null));
    }

    private static AppUser user(Role... roles) {
        AppUser user = new AppUser("someone", "Someone", null, "hash");
        user.grant(Set.of(roles));
        return user;
    }
}
