package org.vocdesk.it;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates departments and users of any role through the REST API as the administrator, with unique
 * names (all test classes share one server and database), and logs them in.
 */
public final class TestUsers {

    /** Every test user gets this password. */
    public static final String PASSWORD = "Test-user-12345";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

    public record TestUser(long id, String username, String password, String token) {

        public Api api() {
            return Api.as(token);
        }
    }

    public record TestDepartment(long id, String code, String name) {
    }

    private TestUsers() {
    }

    /** A unique name with this prefix: "clerk-k3f-7". */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static TestDepartment department(String name) {
        return department(name, null);
    }

    public static TestDepartment department(String name, Long managerId) {
        String code = unique("D");
        var body = Api.object().add("code", code).add("name", name);
        if (managerId != null) {
            body.add("managerId", managerId);
        }
        Api.Reply reply = Api.admin().post("/api/departments", body);
        if (reply.status() != 201) {
            throw new AssertionError("Could not create department " + code + ": " + reply);
        }
        return new TestDepartment(reply.json().getJsonNumber("id").longValue(), code, name);
    }

    /** A user holding these roles (names of org.vocdesk.identity.entity.Role), logged in with a token. */
    public static TestUser user(String... roles) {
        return user(null, roles);
    }

    public static TestUser user(Long departmentId, String... roles) {
        String username = unique(roles.length == 0 ? "user" : roles[0].toLowerCase(java.util.Locale.ROOT));
        var body = Api.object().add("username", username).add("displayName", "Test " + username)
                .add("email", username + "@example.com").add("roles", Api.strings(roles)).add("password", PASSWORD);
        if (departmentId != null) {
            body.add("departmentId", departmentId);
        }
        Api.Reply reply = Api.admin().post("/api/users", body);
        if (reply.status() != 201) {
            throw new AssertionError("Could not create user " + username + ": " + reply);
        }
        return new TestUser(reply.json().getJsonNumber("id").longValue(), username, PASSWORD, Api.token(username, PASSWORD));
    }
}
