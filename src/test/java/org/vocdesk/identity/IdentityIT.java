package org.vocdesk.identity;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity foundation over REST, against the running application. */
class IdentityIT {

    private static final List<String> ROLES = List.of("CLERK", "HANDLER", "DEPARTMENT_MANAGER", "QUALITY_MANAGER",
            "GENERAL_MANAGER", "AUDITOR", "ADMINISTRATOR");

    @Test
    void issuesTokenForTheRightPasswordOnly() {
        Api.Reply right = Api.issueToken(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertThat(right.status()).as(right.toString()).isEqualTo(200);
        assertThat(right.json().getString("token")).hasSizeGreaterThan(20);

        var user = TestUsers.user("CLERK");
        Api.Reply wrong = Api.issueToken(user.username(), "Wrong-password-1");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.detail()).isEqualTo("User name or password is wrong.");
    }

    @Test
    void throttlesAfterFiveFailures() {
        // a name without an account: the throttle counts names, and a real account would be locked out on the test server
        var user = new TestUsers.TestUser(0, TestUsers.unique("nobody"), TestUsers.PASSWORD, null);
        for (int i = 0; i < 5; i++) {
            Api.Reply wrong = Api.issueToken(user.username(), "Wrong-password-" + i);
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
            assertThat(wrong.detail()).isEqualTo("User name or password is wrong.");
        }
        Api.Reply blocked = Api.issueToken(user.username(), user.password());
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(403);
        assertThat(blocked.detail()).isEqualTo("Too many failed attempts. Please wait 15 minutes and try again.");
    }

    @Test
    void explainsErrorsInTheCallersLanguage() {
        Api.Reply english = Api.anonymous().language("en").get("/api/users");
        Api.Reply chinese = Api.anonymous().language("zh-CN,zh;q=0.9").get("/api/users");
        assertThat(english.detail()).isEqualTo("Please log in (or send a valid API token).");
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(chinese.detail()).isNotEqualTo(english.detail()).matches(".*\\p{IsHan}.*");

        var weak = Api.object().add("username", TestUsers.unique("weak")).add("displayName", "X")
                .add("roles", Api.strings("CLERK")).add("password", "short").build();
        Api.Reply weakEn = Api.admin().language("en").post("/api/users", weak);
        Api.Reply weakZh = Api.admin().language("zh-CN").post("/api/users", weak);
        assertThat(weakEn.status()).as(weakEn.toString()).isEqualTo(400);
        assertThat(weakEn.contentType()).startsWith("application/problem+json");
        assertThat(weakEn.detail()).isEqualTo("The password must have at least 10 characters.");
        assertThat(weakEn.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        assertThat(weakZh.status()).isEqualTo(400);
        assertThat(weakZh.detail()).isEqualTo("密码至少 10 个字符。");

        Api.Reply invalidZh = Api.admin().language("zh-CN").post("/api/departments", Api.object().add("code", "").add("name", "N"));
        assertThat(invalidZh.status()).as(invalidZh.toString()).isEqualTo(400);
        assertThat(invalidZh.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        assertThat(invalidZh.detail()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void administratorCreatesDepartmentsAndUsersOfEveryRole() {
        var department = TestUsers.department("质量部 Quality");
        for (String role : ROLES) {
            var user = TestUsers.user(department.id(), role);
            JsonObject me = user.api().get("/api/me").json();
            assertThat(me.getString("username")).isEqualTo(user.username());
            assertThat(me.getJsonArray("roles").getString(0)).isEqualTo(role);
            assertThat(me.getJsonObject("department").getString("name")).isEqualTo("质量部 Quality");
        }
        var manager = TestUsers.user(department.id(), "DEPARTMENT_MANAGER");
        Api.Reply appointed = Api.admin().put("/api/departments/" + department.id(),
                Api.object().add("code", department.code()).add("name", department.name()).add("managerId", manager.id()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
        assertThat(appointed.json().getString("managerName")).isEqualTo("Test " + manager.username());

        Api.Reply listed = Api.admin().get("/api/users");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.jsonArray().getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).collect(Collectors.toSet()))
                .contains(TestServer.ADMIN, manager.username());
        assertThat(listed.body()).doesNotContain("password");
    }

    @Test
    void administratorChangesAUser() {
        var user = TestUsers.user("CLERK");
        Api.Reply changed = Api.admin().put("/api/users/" + user.id(), Api.object().add("displayName", "Renamed")
                .add("roles", Api.strings("CLERK", "HANDLER")).add("active", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getBoolean("active")).isFalse();
        assertThat(user.api().get("/api/me").status()).as("a deactivated user's token stops working").isEqualTo(401);
    }

    @Test
    void clerkCannotCreateUsers() {
        var clerk = TestUsers.user("CLERK");
        Api.Reply refused = clerk.api().post("/api/users", Api.object().add("username", TestUsers.unique("x"))
                .add("displayName", "X").add("roles", Api.strings("ADMINISTRATOR")).add("password", "Good-password-123"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(clerk.api().get("/api/users").status()).isEqualTo(403);
    }

    @Test
    void auditorReadsButCannotChange() {
        var auditor = TestUsers.user("AUDITOR");
        assertThat(auditor.api().get("/api/users").status()).isEqualTo(200);
        assertThat(auditor.api().get("/api/departments").status()).isEqualTo(200);
        Api.Reply refused = auditor.api().post("/api/users", Api.object().add("username", TestUsers.unique("x"))
                .add("displayName", "X").add("roles", Api.strings("CLERK")).add("password", "Good-password-123"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(auditor.api().post("/api/departments", Api.object().add("code", TestUsers.unique("A")).add("name", "A")).status())
                .isEqualTo(403);
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        Api.Reply reply = Api.anonymous().get("/api/users");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.json().getInt("status")).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/me").status()).isEqualTo(401);
        assertThat(Api.as("not-a-token").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void revokedTokenIsRefused() {
        var user = TestUsers.user("QUALITY_MANAGER");
        Api.Reply issued = user.api().post("/api/me/tokens", Api.object().add("name", "script"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String second = issued.json().getString("token");
        long id = issued.json().getJsonNumber("id").longValue();
        assertThat(Api.as(second).get("/api/me").status()).isEqualTo(200);
        assertThat(user.api().get("/api/me/tokens").jsonArray()).hasSize(2);

        assertThat(user.api().delete("/api/me/tokens/" + id).status()).isEqualTo(204);
        Api.Reply refused = Api.as(second).get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(user.api().get("/api/me").status()).as("the other token still works").isEqualTo(200);
        assertThat(TestUsers.user("CLERK").api().delete("/api/me/tokens/" + id).status()).as("not someone else's").isEqualTo(404);
    }
}
