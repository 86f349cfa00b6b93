package org.vocdesk.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.vocdesk.identity.boundary.ApiTokens;
import org.vocdesk.identity.boundary.DepartmentView;
import org.vocdesk.identity.boundary.UserView;
import org.vocdesk.identity.boundary.Users;
import org.vocdesk.identity.entity.ComplaintScope;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** /admin/users: users and departments. The auditor sees the same tables without any button. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    private List<UserView> userList;
    private List<DepartmentView> departmentList;

    private final UserForm user = new UserForm();
    private final DepartmentForm department = new DepartmentForm();

    @PostConstruct
    void load() {
        userList = users.userViews();
        departmentList = users.departmentViews();
    }

    public void newUser() {
        user.fill(null, "", "", "", null, List.of(), true);
        user.complaintScope = ComplaintScope.OWN_DEPARTMENT;
    }

    public void editUser(UserView u) {
        user.fill(u.id(), u.username(), u.displayName(), u.email(), u.departmentId(),
                u.roles().stream().map(Role::name).toList(), u.active());
        user.complaintScope = u.complaintScope();
    }

    public void saveUser() {
        Set<Role> roles = user.roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        var data = new Users.UserData(user.username, user.displayName, user.email, user.departmentId, roles, user.password);
        UserView saved = user.id == null ? users.createView(data) : users.updateView(user.id, data, user.active);
        if (saved.complaintScope() != user.complaintScope) {
            users.limitComplaints(saved.id(), user.complaintScope);
        }
        saved("identity.users.saved");
    }

    public void unlock(UserView u) {
        users.unlock(u.id());
        load();
        FacesMessages.info("identity.users.unlocked");
    }

    public void revokeTokens(UserView u) {
        tokens.revokeOfUser(u.id(), null);
        FacesMessages.info("identity.users.tokensRevoked");
    }

    public void newDepartment() {
        department.fill(null, "", "", null);
    }

    public void editDepartment(DepartmentView d) {
        department.fill(d.id(), d.code(), d.name(), d.managerId());
    }

    public void saveDepartment() {
        users.saveDepartmentView(department.id, department.code, department.name, department.managerId);
        saved("identity.department.saved");
    }

    private void saved(String key) {
        load();
        FacesMessages.info(key);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public List<Role> getAllRoles() { return List.of(Role.values()); }

    public List<ComplaintScope> getComplaintScopes() { return List.of(ComplaintScope.values()); }

    public List<UserView> getUsers() { return userList; }

    public List<DepartmentView> getDepartments() { return departmentList; }

    public UserForm getUser() { return user; }

    public DepartmentForm getDepartment() { return department; }

    /** The user dialog's fields; roles as names because checkboxes submit strings. */
    public static class UserForm implements Serializable {
        private Long id;
        private String username;
        private String displayName;
        private String email;
        private Long departmentId;
        private List<String> roles = new ArrayList<>();
        private boolean active = true;
        private String password;
        private ComplaintScope complaintScope = ComplaintScope.OWN_DEPARTMENT;

        void fill(Long id, String username, String displayName, String email, Long departmentId, List<String> roles, boolean active) {
            this.id = id;
            this.username = username;
            this.displayName = displayName;
            this.email = email;
            this.departmentId = departmentId;
            this.roles = new ArrayList<>(roles);
            this.active = active;
            this.password = null;
        }

        public boolean isNew() { return id == null; }
        public Long getId() { return id; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public ComplaintScope getComplaintScope() { return complaintScope; }
        public void setComplaintScope(ComplaintScope complaintScope) { this.complaintScope = complaintScope; }
    }

    public static class DepartmentForm implements Serializable {
        private Long id;
        private String code;
        private String name;
        private Long managerId;

        void fill(Long id, String code, String name, Long managerId) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.managerId = managerId;
        }

        public boolean isNew() { return id == null; }
        public Long getId() { return id; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getManagerId() { return managerId; }
        public void setManagerId(Long managerId) { this.managerId = managerId; }
    }
}
