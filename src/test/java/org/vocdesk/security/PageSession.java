package org.vocdesk.security;

import org.vocdesk.it.TestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less page caller: a cookie jar, logged in through the login form like a browser (so the page
 * constraints of web.xml and the session are what is tested, not the API token), redirects not followed.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    PageSession() {
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public record Page(int status, String location, String body) {
    }

    public static PageSession anonymous() {
        return new PageSession();
    }

    public static PageSession loggedIn(String username, String password) {
        PageSession session = new PageSession();
        Page form = session.get("/login.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (form.status() != 200 || !state.find()) {
            throw new AssertionError("No login form: " + form.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        Page answer = session.post("/login.xhtml", fields);
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("login.xhtml")) {
            throw new AssertionError("Login of " + username + " failed: " + answer.status() + " " + answer.location());
        }
        return session;
    }

    public Page get(String path) {
        return get(path, "en");
    }

    public Page get(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).header("Accept-Language", language).GET());
    }

    private Page post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
