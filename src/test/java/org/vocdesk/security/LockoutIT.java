package org.vocdesk.security;

import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/** Lock-out after repeated failed logins, unlocked by the administrator; password policy; tokens revoked by the administrator. */
class LockoutIT {

    /** The test server locks after five failures (VOCDESK_LOGIN_LOCKOUT_FAILURES=5), the default is ten. */
    @Test
    void failedLoginsLockTheAccountUntilTheAdministratorUnlocksIt() {
        var user = TestUsers.user("HANDLER");
        fail(user.username(), 5);
        Api.Reply locked = Api.issueToken(user.username(), user.password());
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.detail()).as("locked, not merely throttled")
                .isEqualTo("This account is locked after too many failed logins. Please ask the administrator to unlock it.");
        assertThat(Api.anonymous().language("zh-CN").post("/api/tokens", Api.object().add("username", user.username())
                .add("password", user.password()).add("name", "x")).detail()).isEqualTo("登录失败次数过多,账户已锁定。请联系管理员解锁。");
        assertThat(userJson(user.id()).getBoolean("locked")).isTrue();
        assertThat(user.api().get("/api/me").status()).as("tokens issued before keep working").isEqualTo(200);

        var clerk = TestUsers.user("CLERK");
        assertThat(clerk.api().post("/api/users/" + user.id() + "/unlock", "").status()).isEqualTo(403);
        Api.Reply unlocked = Api.admin().post("/api/users/" + user.id() + "/unlock", "");
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().getBoolean("locked")).isFalse();
        assertThat(Api.issueToken(user.username(), user.password()).status()).isEqualTo(200);
        assertThat(Api.admin().post("/api/users/999999999/unlock", "").status()).isEqualTo(404);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        var user = TestUsers.user("CLERK");
        fail(user.username(), 4);
        assertThat(Api.issueToken(user.username(), user.password()).status()).isEqualTo(200);
        fail(user.username(), 4);
        assertThat(Api.issueToken(user.username(), user.password()).status()).isEqualTo(200);
        assertThat(userJson(user.id()).getBoolean("locked")).isFalse();
    }

    @Test
    void everyPasswordSetFollowsThePolicyWithMessagesInBothLanguages() {
        var user = TestUsers.user("CLERK");
        String name = TestUsers.unique("pw");
        assertPolicy(newUser(name, "Short-1"), "The password must have at least 10 characters.", "密码至少 10 个字符。");
        assertPolicy(newUser(name, "alllowercase123"),
                "The password must mix at least 3 kinds of characters: lower-case letters, upper-case letters, digits, other characters.",
                "密码须至少包含以下 3 类字符:小写字母、大写字母、数字、其他字符。");
        assertPolicy(newUser(name, "X-" + name.toUpperCase() + "-9"), "The password must not contain the user name.", "密码不得包含用户名。");
        var change = Api.object().add("displayName", "Changed").add("roles", Api.strings("CLERK")).add("password", user.username() + "-X1").build();
        Api.Reply refused = Api.admin().put("/api/users/" + user.id(), change);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).isEqualTo("The password must not contain the user name.");
        assertThat(Api.issueToken(user.username(), user.password()).status()).as("unchanged").isEqualTo(200);
    }

    @Test
    void theAdministratorListsAndRevokesAUsersTokens() {
        var user = TestUsers.user("CLERK");
        String second = user.api().post("/api/me/tokens", Api.object().add("name", "laptop")).json().getString("token");
        var other = TestUsers.user("CLERK");
        long othersToken = other.api().get("/api/me/tokens").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        var tokens = Api.admin().get("/api/users/" + user.id() + "/tokens").jsonArray();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.toString()).doesNotContain(second).doesNotContain(user.token());
        long laptop = tokens.stream().map(JsonObject.class::cast).filter(t -> t.getString("name").equals("laptop"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        assertThat(user.api().delete("/api/users/" + user.id() + "/tokens/" + laptop).status()).as("not for the user themselves").isEqualTo(403);
        assertThat(Api.admin().delete("/api/users/" + user.id() + "/tokens/" + othersToken).status()).as("someone else's").isEqualTo(404);
        assertThat(Api.admin().delete("/api/users/" + user.id() + "/tokens/" + laptop).status()).isEqualTo(204);
        assertThat(Api.as(second).get("/api/me").status()).isEqualTo(401);
        assertThat(user.api().get("/api/me").status()).isEqualTo(200);
        assertThat(other.api().get("/api/me").status()).isEqualTo(200);

        assertThat(Api.admin().delete("/api/users/" + user.id() + "/tokens").status()).isEqualTo(204);
        assertThat(user.api().get("/api/me").status()).isEqualTo(401);
        assertThat(Api.admin().get("/api/users/" + user.id() + "/tokens").jsonArray().stream()
                .map(JsonObject.class::cast).noneMatch(t -> t.getBoolean("active"))).isTrue();
    }

    private static void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            Api.Reply wrong = Api.issueToken(username, "Wrong-password-" + i);
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
            assertThat(wrong.detail()).isEqualTo("User name or password is wrong.");
        }
    }

    private static JsonObject userJson(long id) {
        return Api.admin().get("/api/users").jsonArray().stream().map(JsonObject.class::cast)
                .filter(u -> u.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static JsonObject newUser(String name, String password) {
        return Api.object().add("username", name).add("displayName", "Policy").add("roles", Api.strings("CLERK"))
                .add("password", password).build();
    }

    private static void assertPolicy(JsonObject body, String english, String chinese) {
        Api.Reply en = Api.admin().language("en").post("/api/users", body);
        Api.Reply zh = Api.admin().language("zh-CN").post("/api/users", body);
        assertThat(en.status()).as(en.toString()).isEqualTo(400);
        assertThat(en.detail()).isEqualTo(english);
        assertThat(en.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        assertThat(zh.detail()).isEqualTo(chinese);
    }
}
