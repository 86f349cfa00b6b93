package org.vocdesk.identity.entity;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who logs in. The password is kept only as a PBKDF2 hash. */
@Audited
@Entity
@Table(name = "app_user")
public class AppUser {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 200)
    private String email;

    // the trail keeps who changed what, not password hashes: a password change alone makes no revision
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false, length = 10)
    private String locale = "zh-CN";

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_scope", nullable = false, length = 20)
    private ComplaintScope complaintScope = ComplaintScope.OWN_DEPARTMENT;
    /**
     * Failed logins since the last successful one; reaching the configured limit locks the account. Counted
     * by LoginLockout with bulk updates, so concurrent failures neither get lost nor clash on the version.
     */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_at")
    private java.time.Instant lockedAt;

    /**
     * Issuer and subject of the identity provider's account for a user created by single sign-on (null for local
     * accounts). Such a user has no password of its own and gets its roles from the provider at every sign-in.
     */
    @Column(name = "external_subject", unique = true, length = 400)
    private String externalSubject;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw BusinessException.invalidField("username", "identity.user.usernameInvalid");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        describe(displayName, email);
    }

    public final void describe(String displayName, String email) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw BusinessException.invalidField("displayName", "identity.user.displayNameInvalid");
        }
        if (email != null && !email.isBlank() && (email.length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
            throw BusinessException.invalidField("email", "identity.user.emailInvalid");
        }
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void grant(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw BusinessException.invalidField("roles", "identity.user.rolesRequired");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void assignTo(Department department) {
        this.department = department;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void preferLocale(String languageTag) {
        this.locale = "en".equals(languageTag) ? "en" : "zh-CN";
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public void limitComplaintsTo(ComplaintScope scope) {
        if (scope == null) {
            throw BusinessException.invalidField("complaintScope", "identity.user.scopeRequired");
        }
        this.complaintScope = scope;
    }

    /** A user whose account lives at the identity provider (issuer and subject), with no usable password. */
    public static AppUser fromProvider(String username, String displayName, String email, String externalSubject) {
        if (externalSubject == null || externalSubject.isBlank() || externalSubject.length() > 400) {
            throw new IllegalArgumentException("an external subject of 1-400 characters");
        }
        AppUser user = new AppUser(username, displayName, email, NO_PASSWORD);
        user.externalSubject = externalSubject;
        return user;
    }

    /** Stored instead of a hash for single sign-on users: not in the hasher's format, so no password ever matches. */
    public static final String NO_PASSWORD = "-";

    /** The roles the identity provider gives at sign-in; none is allowed (the user then may open nothing). */
    public void takeRolesFromProvider(Set<Role> providerRoles) {
        if (externalSubject == null) {
            throw new IllegalStateException("only single sign-on users take their roles from the provider");
        }
        roles.clear();
        roles.addAll(providerRoles);
    }

    public boolean isFromProvider() { return externalSubject != null; }

    public String getExternalSubject() { return externalSubject; }

    /** The administrator's unlock: the failure count starts again from zero. */
    public void unlock() {
        failedLogins = 0;
        lockedAt = null;
    }

    public boolean isLocked() { return lockedAt != null; }

    public java.time.Instant getLockedAt() { return lockedAt; }

    public int getFailedLogins() { return failedLogins; }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() { return id; }

    public String getUsername() { return username; }

    public String getDisplayName() { return displayName; }

    public String getEmail() { return email; }

    public String passwordHash() { return passwordHash; }

    public Department getDepartment() { return department; }

    public Set<Role> getRoles() { return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }

    public String getLocale() { return locale; }

    public boolean isActive() { return active; }

    public ComplaintScope getComplaintScope() { return complaintScope; }
}
