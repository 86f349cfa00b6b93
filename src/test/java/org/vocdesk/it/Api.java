package org.vocdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small REST client for black-box tests: {@code Api.as(token).language("zh-CN").post("/api/users", body)}.
 * Every call returns the status, headers and body, with the body parsed as JSON on demand.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static String adminToken;

    private final String token;
    private final String language;
    private final String baseUrl;

    private Api(String token, String language, String baseUrl) {
        this.token = token;
        this.language = language;
        this.baseUrl = baseUrl;
    }

    /** Calls with this Bearer token (null: anonymous). */
    public static Api as(String token) {
        return new Api(token, "en", null);
    }

    public static Api anonymous() {
        return as(null);
    }

    /** Calls as the administrator (one token, issued on first use). */
    public static Api admin() {
        return as(adminToken());
    }

    /** The Accept-Language header of the calls ("en", "zh-CN"). */
    public Api language(String acceptLanguage) {
        return new Api(token, acceptLanguage, baseUrl);
    }

    /** Calls another server than the shared {@link TestServer} (e.g. a {@link ServerNode}). */
    public Api on(String otherBaseUrl) {
        return new Api(token, language, otherBaseUrl);
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = token(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        }
        return adminToken;
    }

    /** A new token for a user, or an AssertionError with the server's answer. */
    public static String token(String username, String password) {
        Reply reply = issueToken(username, password);
        if (reply.status() != 200) {
            throw new AssertionError("Could not get a token for " + username + ": " + reply);
        }
        return reply.json().getString("token");
    }

    /** POST /api/tokens, whatever it answers. */
    public static Reply issueToken(String username, String password) {
        return anonymous().post("/api/tokens", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("name", "integration test"));
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /**
     * body: a JsonStructure, a JsonObjectBuilder, a String (sent as is) or null. A builder is emptied by
     * building it: to send the same body twice, pass {@code builder.build()}.
     */
    public Reply send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((baseUrl != null ? baseUrl : TestServer.baseUrl()) + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String text = body instanceof JsonObjectBuilder builder ? builder.build().toString()
                : body == null ? null : body.toString();
        if (text == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET of a file (a PDF, a ZIP): its status and bytes as they are, with this caller's token and language. */
    public HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((baseUrl != null ? baseUrl : TestServer.baseUrl()) + path))
                .timeout(Duration.ofSeconds(120)).header("Accept-Language", language).GET()
                // HTTP/1.1: on the loaded test machine the server closed HTTP/2 (h2c) streams of large bodies mid-way
                .version(HttpClient.Version.HTTP_1_1);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers, body, and the body as JSON. */
    public record Reply(String request, int status, HttpHeaders headers, String body) {

        public JsonValue jsonValue() {
            if (body == null || body.isBlank()) {
                return JsonValue.NULL;
            }
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON: " + this, e);
            }
        }

        public JsonObject json() {
            return jsonValue().asJsonObject();
        }

        public JsonArray jsonArray() {
            return jsonValue().asJsonArray();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The problem document's detail (for errors). */
        public String detail() {
            return json().getString("detail", null);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType() + " " + body;
        }
    }

    public static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    /** A JSON array of strings (roles). */
    public static JsonStructure strings(String... values) {
        var array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array.build();
    }
}
