package org.vocdesk.security;

import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Session cookies, session renewal at login, and CSRF: forged JSF posts and cookie-borne REST changes. */
class SessionSecurityIT {

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        WebSession web = new WebSession();
        HttpResponse<String> page = web.get("/login.xhtml");
        List<String> cookies = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as(page.headers().map().toString()).hasSize(1);
        String cookie = cookies.get(0).toLowerCase();
        assertThat(cookie).contains("httponly").contains("samesite=lax").doesNotContain("expires").doesNotContain("max-age");
        assertThat(cookie).doesNotContain("secure;").doesNotEndWith("secure"); // plain HTTP here; HTTPS or config sets it
    }

    @Test
    void loginGivesANewSessionIdAndTheOldOneIsWorthNothing() {
        var clerk = TestUsers.user("CLERK");
        WebSession web = new WebSession();
        web.get("/login.xhtml");
        String before = web.sessionId();
        assertThat(before).isNotNull();

        HttpResponse<String> login = web.login(clerk.username(), clerk.password());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        String after = web.sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(web.get("/index.xhtml").statusCode()).isEqualTo(200);

        WebSession fixated = new WebSession();
        fixated.get("/login.xhtml"); // its own cookie; then replay the pre-login id
        HttpResponse<String> replay = fixated.sendWithCookie("/index.xhtml", before);
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
    }

    @Test
    void aSessionCookieReadsButNeverChangesThroughRest() {
        var clerk = TestUsers.user("CLERK");
        WebSession web = new WebSession();
        assertThat(web.login(clerk.username(), clerk.password()).statusCode()).isEqualTo(302);
        int tokensBefore = clerk.api().get("/api/me/tokens").jsonArray().size();

        HttpResponse<String> read = web.send("GET", "/api/me", null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(clerk.username());

        for (String[] change : List.of(new String[]{"POST", "/api/me/tokens", "{\"name\":\"csrf\"}"},
                new String[]{"PUT", "/api/me/locale", "{\"locale\":\"en\"}"},
                new String[]{"DELETE", "/api/me/tokens/1", null})) {
            HttpResponse<String> refused = web.send(change[0], change[1], change[2]);
            assertThat(refused.statusCode()).as(change[0] + " " + change[1] + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("need an API token");
        }
        assertThat(clerk.api().get("/api/me/tokens").jsonArray()).hasSize(tokensBefore);
        assertThat(clerk.api().post("/api/me/tokens", Api.object().add("name", "with a token")).status()).isEqualTo(201);
    }

    @Test
    void aForgedFormPostWithoutTheRealViewStateChangesNothing() {
        var clerk = TestUsers.user("CLERK");
        WebSession web = new WebSession();
        assertThat(web.login(clerk.username(), clerk.password()).statusCode()).isEqualTo(302);
        String account = web.get("/app/account.xhtml").body();
        String realState = WebSession.viewState(account);
        assertThat(realState).doesNotContain("stateless").hasSizeLessThan(200); // server-side state: only an id travels

        // what a foreign page could post: every field right, but it cannot know the view state
        HttpResponse<String> forged = web.postForm("/app/account.xhtml", form(clerk.password(), "Forged-Passw0rd-1",
                "-1234567890123456789:987654321"));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).doesNotContain("\tat ").doesNotContain("Caused by").contains("id=\"error-text\"");
        assertThat(Api.issueToken(clerk.username(), clerk.password()).status()).as("the old password still works").isEqualTo(200);

        // the same post with the page's own view state does change it: the view state alone made the difference
        Map<String, String> genuineForm = form(clerk.password(), "Genuine-Passw0rd-2", realState);
        genuineForm.put("primefaces.nonce", nonce(account)); // PrimeFaces' forms send the page's CSP nonce along
        HttpResponse<String> genuine = web.postForm("/app/account.xhtml", genuineForm);
        assertThat(genuine.statusCode()).isLessThan(400);
        assertThat(Api.issueToken(clerk.username(), "Genuine-Passw0rd-2").status()).as(genuine.body()).isEqualTo(200);
    }

    private static String nonce(String page) {
        var m = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in the page");
        }
        return m.group(1);
    }

    private static Map<String, String> form(String current, String next, String viewState) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("passwordForm", "passwordForm");
        form.put("passwordForm:currentPassword", current);
        form.put("passwordForm:newPassword", next);
        form.put("passwordForm:changePassword", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }
}
