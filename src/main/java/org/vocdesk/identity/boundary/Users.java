package org.vocdesk.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.LoginThrottle;
import org.vocdesk.identity.control.PasswordHasher;
import org.vocdesk.identity.control.PasswordPolicy;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;
import java.util.Set;

/** Users and departments: the administrator manages them; every user manages their own password and language. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginThrottle throttle;

    public record UserData(String username, String displayName, String email, Long departmentId, Set<Role> roles, String password) {
    }

    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    public List<AppUser> users() {
        return em.createQuery("select u from AppUser u left join fetch u.department order by u.username", AppUser.class).getResultList();
    }

    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    public List<Department> departments() {
        return em.createQuery("select d from Department d left join fetch d.manager order by d.code", Department.class).getResultList();
    }

    /** The same lists for REST: mapped while the transaction still can load lazy relations. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    public List<UserView> userViews() {
        return users().stream().map(UserView::of).toList();
    }

    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    public List<DepartmentView> departmentViews() {
        return departments().stream().map(DepartmentView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public UserView createView(@NotNull UserData data) {
        return UserView.of(create(data));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public UserView updateView(@NotNull Long id, @NotNull UserData data, boolean active) {
        return UserView.of(update(id, data, active));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public DepartmentView saveDepartmentView(Long id, String code, String name, Long managerId) {
        return DepartmentView.of(saveDepartment(id, code, name, managerId));
    }

    /** The caller themselves. */
    @PermitAll
    public MeView me() {
        return MeView.of(currentUser.require());
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public AppUser create(@NotNull UserData data) {
        if (em.createQuery("select count(u) from AppUser u where lower(u.username) = lower(:n)", Long.class)
                .setParameter("n", data.username()).getSingleResult() > 0) {
            throw BusinessException.invalidField("username", "identity.user.usernameTaken", data.username());
        }
        PasswordPolicy.configured().check(data.password(), data.username());
        AppUser user = new AppUser(data.username(), data.displayName(), data.email(), hasher.hash(data.password()));
        user.grant(data.roles());
        user.assignTo(department(data.departmentId()));
        em.persist(user);
        return user;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public AppUser update(@NotNull Long id, @NotNull UserData data, boolean active) {
        AppUser user = user(id);
        user.describe(data.displayName(), data.email());
        user.grant(data.roles());
        user.assignTo(department(data.departmentId()));
        if (user.getUsername().equals(currentUser.username().orElse(null)) && (!active || !data.roles().contains(Role.ADMINISTRATOR))) {
            throw BusinessException.invalid("identity.user.cannotLockOutSelf");
        }
        user.activate(active);
        if (data.password() != null && !data.password().isBlank()) {
            PasswordPolicy.configured().check(data.password(), user.getUsername());
            user.changePasswordHash(hasher.hash(data.password()));
        }
        return user;
    }

    /** Ends a lock-out after failed logins (and the short throttle on this server). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public UserView unlock(@NotNull Long id) {
        AppUser user = user(id);
        user.unlock();
        throttle.forget(user.getUsername());
        return UserView.of(user);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public Department saveDepartment(Long id, String code, String name, Long managerId) {
        Department department = id == null ? new Department(code, name) : existingDepartment(id);
        department.rename(code, name);
        if (em.createQuery("select count(d) from Department d where lower(d.code) = lower(:c) and (:id is null or d.id <> :id)", Long.class)
                .setParameter("c", code).setParameter("id", id).getSingleResult() > 0) {
            throw BusinessException.invalidField("code", "identity.department.codeTaken", code);
        }
        department.appointManager(managerId == null ? null : user(managerId));
        if (id == null) {
            em.persist(department);
        }
        return department;
    }

    /** Which complaints a handler or department manager sees: their department's, or all (administrator). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public UserView limitComplaints(@NotNull Long id, ComplaintScope scope) {
        AppUser user = user(id);
        user.limitComplaintsTo(scope);
        return UserView.of(user);
    }

    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser me = currentUser.require();
        if (!hasher.verify(currentPassword, me.passwordHash())) {
            throw BusinessException.invalidField("currentPassword", "identity.user.passwordWrong");
        }
        PasswordPolicy.configured().check(newPassword, me.getUsername());
        me.changePasswordHash(hasher.hash(newPassword));
    }

    @PermitAll
    public void preferLocale(String languageTag) {
        currentUser.find().ifPresent(u -> currentUser.require().preferLocale(languageTag));
    }

    private AppUser user(Long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw BusinessException.notFound("identity.user.notFound", id);
        }
        return user;
    }

    private Department existingDepartment(Long id) {
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw BusinessException.notFound("identity.department.notFound", id);
        }
        return department;
    }

    private Department department(Long id) {
        if (id == null) {
            return null;
        }
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw BusinessException.invalidField("departmentId", "identity.department.notFound", id);
        }
        return department;
    }
}
