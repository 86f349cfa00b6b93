package org.vocdesk.identity.boundary;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.it.MigratedSchema;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The users single sign-on creates and refreshes, on the migrated schema (H2): tied to issuer and subject, not to a name. */
class SingleSignOnUsersTest {

    private static final String ISSUER = "https://login.example.com";
    private static SessionFactory sessions;

    @BeforeAll
    static void schema() {
        sessions = MigratedSchema.sessions("sso-users", AppUser.class, Department.class);
        inTransaction(() -> {
            var local = new AppUser("local.admin", "Local Admin", null, "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==");
            local.grant(EnumSet.of(Role.ADMINISTRATOR));
            current.persist(local);
            return null;
        });
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private static org.hibernate.Session current;

    private static <T> T inTransaction(Supplier<T> work) {
        return sessions.fromTransaction(session -> {
            current = session;
            return work.get();
        });
    }

    private static Optional<SingleSignOnUsers.SignedIn> signIn(String subject, String username, String email, Set<Role> roles) {
        return inTransaction(() -> {
            SingleSignOnUsers users = new SingleSignOnUsers();
            users.em = current;
            return users.signIn(ISSUER, subject, username, "Name of " + username, email, roles);
        });
    }

    private static AppUser user(String username) {
        return inTransaction(() -> current.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", username).getSingleResult());
    }

    @Test
    void theFirstSignInCreatesAUserWithoutPasswordAndLaterOnesRefreshTheRoles() {
        assertThat(signIn("s-1", "first.user", "first@example.com", EnumSet.of(Role.QUALITY_MANAGER)))
                .contains(new SingleSignOnUsers.SignedIn("first.user", EnumSet.of(Role.QUALITY_MANAGER)));
        AppUser created = user("first.user");
        assertThat(created.isFromProvider()).isTrue();
        assertThat(created.getExternalSubject()).isEqualTo(ISSUER + " s-1");
        assertThat(created.passwordHash()).isEqualTo(AppUser.NO_PASSWORD);
        assertThat(created.getEmail()).isEqualTo("first@example.com");

        assertThat(signIn("s-1", "first.user", "not an e-mail", EnumSet.of(Role.AUDITOR, Role.HANDLER)).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.AUDITOR, Role.HANDLER);
        assertThat(user("first.user").getRoles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.HANDLER);
        assertThat(user("first.user").getEmail()).as("an e-mail VoC Desk would refuse is left out").isNull();

        assertThat(signIn("s-1", "first.user", null, EnumSet.noneOf(Role.class)).orElseThrow().roles())
                .as("a user removed from every mapped group keeps no role").isEmpty();
        assertThat(user("first.user").getRoles()).isEmpty();
    }

    @Test
    void theSameSubjectKeepsItsUserWhenTheProviderRenamesIt() {
        signIn("s-2", "before.rename", null, EnumSet.of(Role.CLERK));
        assertThat(signIn("s-2", "after.rename", null, EnumSet.of(Role.CLERK)).orElseThrow().username()).isEqualTo("before.rename");
    }

    @Test
    void aProviderAccountNeverTakesOverALocalAccountOrAnotherSubjectsName() {
        assertThat(signIn("s-3", "LOCAL.ADMIN", null, EnumSet.of(Role.ADMINISTRATOR))).isEmpty();
        assertThat(user("local.admin").isFromProvider()).isFalse();
        signIn("s-4", "taken.name", null, EnumSet.of(Role.CLERK));
        assertThat(signIn("s-5", "taken.name", null, EnumSet.of(Role.ADMINISTRATOR))).isEmpty();
        assertThat(user("taken.name").getRoles()).containsExactly(Role.CLERK);
    }

    @Test
    void refusedForAnUnusableNameOrADeactivatedUser() {
        assertThat(signIn("s-6", "jane@example.com", null, EnumSet.of(Role.CLERK))).isEmpty();
        signIn("s-7", "leaver", null, EnumSet.of(Role.CLERK));
        inTransaction(() -> {
            current.createQuery("select u from AppUser u where u.username = 'leaver'", AppUser.class).getSingleResult().activate(false);
            return null;
        });
        assertThat(signIn("s-7", "leaver", null, EnumSet.of(Role.CLERK))).isEmpty();
    }
}
