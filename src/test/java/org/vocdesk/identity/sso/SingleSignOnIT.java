package org.vocdesk.identity.sso;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.OwnServer;
import org.vocdesk.it.ServerNode;
import org.vocdesk.it.TestServer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on with OpenID Connect against {@link TestOidcProvider}, on a server of its own with
 * {@code vocdesk.oidc.enabled=true} (the shared test server keeps it off): a browser without a browser follows the
 * redirects from VoC Desk to the provider and back, and the user lands logged in with the roles the mapping gives
 * their group claim; refreshed at the next sign-in; no roles for unmapped groups; refused for tokens not signed by
 * the provider's published key or changed after signing; local accounts keep the login form and API tokens.
 */
@OwnServer
class SingleSignOnIT {

    private static final String CLIENT = "vocdesk-it";
    private static final String SECRET = "it-client-secret-0815";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");

    private static TestOidcProvider provider;
    private static ServerNode node;

    @BeforeAll
    static void providerAndServerWithSingleSignOn() throws IOException {
        ServerNode.onlyInTheH2Phase();
        provider = new TestOidcProvider(ServerNode.port(1), CLIENT, SECRET);
        Path dir = Path.of("target/it-single-sign-on");
        Map<String, String> env = new HashMap<>(ServerNode.h2(dir));
        env.put("VOCDESK_OIDC_ENABLED", "true");
        env.put("VOCDESK_OIDC_PROVIDER_URI", provider.issuer());
        env.put("VOCDESK_OIDC_CLIENT_ID", CLIENT);
        env.put("VOCDESK_OIDC_CLIENT_SECRET", SECRET);
        env.put("VOCDESK_OIDC_ROLE_CLAIM", "groups");
        env.put("VOCDESK_OIDC_ROLE_MAPPING", "vocdesk-quality=QUALITY_MANAGER, vocdesk-admins=ADMINISTRATOR");
        node = new ServerNode(ServerNode.port(0), dir, false, env);
        node.start(null);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aUserSignsInWithTheRolesTheirGroupsMapToRefreshedAtEachSignIn() {
        var account = new TestOidcProvider.Account("sub-qm-1", "qm.sso", "Quinn Quality", "quinn@example.com",
                List.of("vocdesk-quality", "everyone"));
        provider.signInNext(account, TestOidcProvider.Signing.GOOD);
        int userInfoBefore = provider.userInfoCalls();
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/oidc/login?from=/app/audit/trail.xhtml");
        assertThat(landed.uri().getPath()).as("back where the user wanted to go").isEqualTo("/app/audit/trail.xhtml");
        assertThat(landed.statusCode()).as("the audit trail is open to quality managers").isEqualTo(200);
        assertThat(browser.get("/app/analysis/dashboard.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/users.xhtml").statusCode()).as("administrators and auditors only").isEqualTo(403);
        JsonObject me = browser.json("/api/me");
        assertThat(me.getString("username")).isEqualTo("qm.sso");
        assertThat(me.getString("displayName")).isEqualTo("Quinn Quality");
        assertThat(me.getString("email")).isEqualTo("quinn@example.com");
        assertThat(roles(me)).containsExactly("QUALITY_MANAGER");
        assertThat(provider.keySetCalls()).as("the ID token was checked against the provider's keys").isPositive();
        assertThat(provider.userInfoCalls()).as("the userinfo endpoint was asked").isGreaterThan(userInfoBefore);

        // the provider now has the same person in the administrators' group only: the next sign-in says so
        provider.signInNext(new TestOidcProvider.Account("sub-qm-1", "qm.sso", "Quinn Quality", "quinn@example.com",
                List.of("vocdesk-admins")), TestOidcProvider.Signing.GOOD);
        Browser later = new Browser();
        assertThat(later.get("/oidc/login").uri().getPath()).isEqualTo("/index.xhtml");
        assertThat(later.get("/admin/users.xhtml").statusCode()).isEqualTo(200);
        assertThat(later.get("/app/analysis/dashboard.xhtml").statusCode()).as("no longer a quality manager").isEqualTo(403);
        assertThat(roles(later.json("/api/me"))).containsExactly("ADMINISTRATOR");

        JsonObject user = node.admin().get("/api/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("qm.sso")).findFirst().orElseThrow();
        assertThat(roles(user)).as("the app_user row holds the roles of the last sign-in").containsExactly("ADMINISTRATOR");
    }

    @Test
    void groupsTheMappingDoesNotNameGiveNoRoles() {
        provider.signInNext(new TestOidcProvider.Account("sub-sales-2", "sam.sales", "Sam Sales", "sam@example.com",
                List.of("sales", "ADMINISTRATOR", "QUALITY_MANAGER")), TestOidcProvider.Signing.GOOD);
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/oidc/login");
        assertThat(landed.uri().getPath()).isEqualTo("/index.xhtml");
        assertThat(landed.statusCode()).as("signed in, but no role opens the start page").isEqualTo(403);
        assertThat(browser.get("/admin/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(browser.get("/app/audit/trail.xhtml").statusCode()).isEqualTo(403);
        JsonObject me = browser.json("/api/me");
        assertThat(me.getString("username")).isEqualTo("sam.sales");
        assertThat(roles(me)).isEmpty();
    }

    @Test
    void anIdTokenSignedWithAnotherKeyOrChangedAfterSigningIsRefused() {
        for (TestOidcProvider.Signing forged : List.of(TestOidcProvider.Signing.UNPUBLISHED_KEY,
                TestOidcProvider.Signing.TAMPERED_AFTER_SIGNING)) {
            provider.signInNext(new TestOidcProvider.Account("sub-mallory-" + forged.ordinal(), "mallory" + forged.ordinal(),
                    "Mallory", "mallory@example.com", List.of("vocdesk-quality")), forged);
            int tokenCalls = provider.tokenCalls();
            Browser browser = new Browser();

            HttpResponse<String> landed = browser.get("/oidc/login?from=/admin/users.xhtml");
            assertThat(provider.tokenCalls()).as("%s: the code was exchanged", forged).isEqualTo(tokenCalls + 1);
            assertThat(landed.uri().getPath()).as("%s: back on the login page", forged).isEqualTo("/login.xhtml");
            assertThat(landed.uri().getQuery()).isEqualTo("sso=failed");
            assertThat(landed.body()).contains("Single sign-on did not succeed");
            HttpResponse<String> start = browser.withoutRedirects("/index.xhtml");
            assertThat(start.statusCode()).as("%s: not logged in", forged).isEqualTo(302);
            assertThat(start.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
            assertThat(browser.withoutRedirects("/api/me").statusCode()).isEqualTo(401);
        }
        List<String> usernames = node.admin().get("/api/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList();
        assertThat(usernames).as("no user was created for a refused token").doesNotContain("mallory0", "mallory1");
    }

    @Test
    void theProvidersAnswerCountsOnlyInTheBrowserThatAskedAndOnlyOnce() {
        provider.signInNext(new TestOidcProvider.Account("sub-hc-4", "hana.handler", "Hana Handler", "hana@example.com",
                List.of("vocdesk-quality")), TestOidcProvider.Signing.GOOD);
        Browser asking = new Browser();
        String toProvider = asking.withoutRedirects("/oidc/login").headers().firstValue("Location").orElseThrow();
        assertThat(toProvider).startsWith(provider.issuer() + "/authorize?").contains("state=").contains("nonce=");
        String callback = asking.absolute(toProvider).headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(node.baseUrl() + "/oidc/callback?code=");

        Browser other = new Browser(); // e.g. a link planted on another site (login CSRF): its session sent no state
        HttpResponse<String> planted = other.get(callback.substring(node.baseUrl().length()));
        assertThat(planted.uri().getQuery()).isEqualTo("sso=failed");
        assertThat(other.withoutRedirects("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> own = asking.get(callback.substring(node.baseUrl().length()));
        assertThat(own.uri().getPath()).isEqualTo("/index.xhtml");
        assertThat(own.statusCode()).isEqualTo(200);
        Browser replaying = new Browser();
        assertThat(replaying.get(callback.substring(node.baseUrl().length())).uri().getQuery()).isEqualTo("sso=failed");
        assertThat(asking.get(callback.substring(node.baseUrl().length())).uri().getPath())
                .as("the signed-in browser coming back to the callback is simply sent on").isEqualTo("/index.xhtml");
    }

    @Test
    void aProviderAccountCannotBecomeTheLocalAdministratorWhoKeepsTheFormAndApiTokens() {
        provider.signInNext(new TestOidcProvider.Account("sub-impostor-3", TestServer.ADMIN, "Not the admin",
                "impostor@example.com", List.of("vocdesk-admins")), TestOidcProvider.Signing.GOOD);
        Browser impostor = new Browser();
        HttpResponse<String> refused = impostor.get("/oidc/login");
        assertThat(refused.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(refused.uri().getQuery()).isEqualTo("sso=failed");
        assertThat(impostor.withoutRedirects("/api/me").statusCode()).isEqualTo(401);

        Browser admin = new Browser();
        HttpResponse<String> loginPage = admin.get("/login.xhtml");
        assertThat(loginPage.body()).as("the login page offers single sign-on").contains("/oidc/login").contains("Sign in with your company account");
        HttpResponse<String> loggedIn = admin.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD, loginPage.body());
        assertThat(loggedIn.uri().getPath()).isEqualTo("/index.xhtml");
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/users.xhtml").statusCode()).isEqualTo(200);
        assertThat(roles(node.admin().get("/api/me").json())).as("Bearer token of the local administrator").containsExactly("ADMINISTRATOR");
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    /** A cookie jar that follows redirects between VoC Desk and the provider, as a browser would. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient following = client(HttpClient.Redirect.NORMAL);
        private final HttpClient staying = client(HttpClient.Redirect.NEVER);

        private HttpClient client(HttpClient.Redirect redirects) {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(redirects).build();
        }

        HttpResponse<String> get(String path) {
            return send(following, HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET());
        }

        HttpResponse<String> withoutRedirects(String path) {
            return send(staying, HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET());
        }

        HttpResponse<String> absolute(String url) {
            return send(staying, HttpRequest.newBuilder(URI.create(url)).GET());
        }

        JsonObject json(String path) {
            HttpResponse<String> reply = send(staying, HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                    .header("Accept", "application/json").GET());
            assertThat(reply.statusCode()).as("GET %s: %s", path, reply.body()).isEqualTo(200);
            return jakarta.json.Json.createReader(new StringReader(reply.body())).readObject();
        }

        HttpResponse<String> login(String username, String password, String loginPage) {
            Matcher viewState = VIEW_STATE.matcher(loginPage);
            assertThat(viewState.find()).as("view state in the login page").isTrue();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(following, HttpRequest.newBuilder(URI.create(node.baseUrl() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(90)).header("Accept-Language", "en").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
