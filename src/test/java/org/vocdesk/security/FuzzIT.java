package org.vocdesk.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Malformed, oversized and hostile input to the REST intake (staff and public) and the public pages: every one
 * answered with a 4xx and a message a person can read (no stack trace), nothing stored, the server healthy after.
 */
class FuzzIT {

    /** HTTP/1.1 as browsers speak it to a plain-HTTP server: an h2c upgrade broke the connection on long URLs. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static String clerkToken;
    private static long categoryId;
    private static long complaintsBefore;
    private static Api auditor;

    @BeforeAll
    static void countRows() {
        clerkToken = TestUsers.user("CLERK").token();
        auditor = TestUsers.user("AUDITOR").api(); // reads every complaint
        categoryId = Api.anonymous().get("/api/public/feedback/categories").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        complaintsBefore = complaints();
    }

    @AfterAll
    static void nothingStoredAndStillHealthy() throws Exception {
        assertThat(complaints()).as("complaints stored by hostile input").isEqualTo(complaintsBefore);
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }

    /** Bodies that are not a valid intake, each with what it is. */
    static Map<String, byte[]> hostileBodies(boolean publicForm) {
        String valid = "\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"categoryId\":" + categoryId
                + ",\"anonymous\":true,\"urgency\":\"LOW\",\"receivedAt\":\"2026-01-05T08:00:00Z\"";
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        put(bodies, "empty", "");
        put(bodies, "not JSON", "channel=PHONE&type=COMPLAINT");
        put(bodies, "truncated JSON", "{\"channel\":\"PHONE\",");
        put(bodies, "array instead of object", "[1,2,3]");
        put(bodies, "null", "null");
        put(bodies, "wrong type: number for enum", "{" + valid.replace("\"COMPLAINT\"", "42") + ",\"customerWords\":\"x\",\"description\":\"x\"}");
        put(bodies, "wrong type: object for string", "{" + valid + ",\"customerWords\":{\"a\":1},\"description\":[1]}");
        put(bodies, "unknown enum", "{" + valid.replace("\"LOW\"", "\"APOCALYPTIC\"") + ",\"customerWords\":\"x\",\"description\":\"x\"}");
        put(bodies, "string for id", "{" + valid.replace(":" + categoryId, ":\"abc\"") + ",\"customerWords\":\"x\",\"description\":\"x\"}");
        put(bodies, "negative id", "{" + valid.replace(":" + categoryId, ":-7") + ",\"customerWords\":\"x\",\"description\":\"x\"}");
        put(bodies, "huge number", "{" + valid.replace(":" + categoryId, ":123456789012345678901234567890") + ",\"customerWords\":\"x\",\"description\":\"x\"}");
        put(bodies, "number overflow", "{" + valid.replace(":" + categoryId, ":1e999") + ",\"customerWords\":\"x\",\"description\":\"x\"}");
        if (!publicForm) { // fields the public form does not have (it ignores them)
            put(bodies, "negative quantity", "{" + valid + ",\"quantityAffected\":-5,\"customerWords\":\"x\"}");
            put(bodies, "bad date", "{" + valid.replace("2026-01-05T08:00:00Z", "yesterday") + ",\"customerWords\":\"x\"}");
        }
        put(bodies, "huge string", "{" + valid + ",\"customerWords\":\"" + "A".repeat(2_000_000) + "\",\"description\":\"" + "A".repeat(2_000_000) + "\"}");
        put(bodies, "control characters", "{" + valid + ",\"product\":\"\\u0000\\u0007\\u001b[31m\",\"contactName\":\"\\u0000\",\"name\":\"\\u0000\",\"customerWords\":\"\\u0000\",\"description\":\"\\u0000\"}");
        put(bodies, "deep nesting", "{\"customerWords\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
        byte[] invalidUtf8 = ("{" + valid + ",\"customerWords\":\"\u0001\",\"description\":\"\u0001\"}").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[invalidUtf8.length + 4];
        System.arraycopy(invalidUtf8, 0, broken, 0, invalidUtf8.length - 2);
        broken[invalidUtf8.length - 2] = (byte) 0xC3;
        broken[invalidUtf8.length - 1] = (byte) 0x28;
        broken[invalidUtf8.length] = (byte) 0xFF;
        broken[invalidUtf8.length + 1] = (byte) 0xFE;
        broken[invalidUtf8.length + 2] = '"';
        broken[invalidUtf8.length + 3] = '}';
        bodies.put("invalid UTF-8", broken);
        return bodies;
    }

    @Test
    void staffIntakeRefusesEveryHostileBody() {
        checkAll("/api/complaints", clerkToken, false);
    }

    @Test
    void publicIntakeRefusesEveryHostileBody() {
        checkAll("/api/public/feedback", null, true);
    }

    @Test
    void wrongMediaTypeMethodAndIdsAre4xx() {
        List<String[]> calls = List.of(
                new String[]{"POST", "/api/complaints", "text/plain"},
                new String[]{"POST", "/api/public/feedback", "application/xml"},
                new String[]{"GET", "/api/complaints/-1", null},
                new String[]{"GET", "/api/complaints/99999999999999999999999", null},
                new String[]{"GET", "/api/complaints/%00%27%20or%201=1--", null},
                new String[]{"GET", "/api/complaints?max=-5&first=-1", null},
                new String[]{"GET", "/api/complaints?max=99999999999999999999&sort=id;drop%20table%20complaint", null},
                new String[]{"GET", "/api/complaints?receivedFrom=notadate", null},
                new String[]{"DELETE", "/api/public/feedback", null},
                new String[]{"GET", "/api/customers/-3", null});
        assertSoftly(soft -> {
            for (String[] call : calls) {
                HttpResponse<String> reply = send(call[0], call[1], clerkToken, call[2], "{}".getBytes(StandardCharsets.UTF_8));
                soft.assertThat(reply.statusCode()).as(String.join(" ", call) + " -> " + reply.body()).isBetween(400, 499);
                soft.assertThat(reply.body()).as(String.join(" ", call)).doesNotContain("Exception").doesNotContain("\tat ");
            }
        });
    }

    @Test
    void publicPagesSurviveHostileParameters() {
        List<String> hostile = List.of("'\"><script>alert(1)</script>", "\u0000\u0007", "A".repeat(6000), "-1",
                "99999999999999999999999", "%E0%A4%C3%28", "../../WEB-INF/web.xml", "javascript:alert(1)");
        List<String> pages = List.of("/public/survey.xhtml?t=", "/public/confirm.xhtml?token=", "/public/thanks.xhtml?n=",
                "/public/feedback.xhtml?lang=");
        assertSoftly(soft -> {
            for (String page : pages) {
                for (String value : hostile) {
                    String encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
                    HttpResponse<String> reply = send("GET", page + encoded, null, null, null);
                    String what = page + abbreviate(value) + " -> " + reply.statusCode();
                    soft.assertThat(reply.statusCode()).as(what).isLessThan(500);
                    soft.assertThat(reply.body()).as(what).doesNotContain("<script>alert(1)</script>").doesNotContain("\tat ")
                            .doesNotContain("Caused by").doesNotContain("<web-app");
                }
            }
            // a forged post of the public form: no view state it could restore
            HttpResponse<String> forged = send("POST", "/public/feedback.xhtml", null, "application/x-www-form-urlencoded",
                    "feedback=feedback&jakarta.faces.ViewState=%00%27garbage".getBytes(StandardCharsets.UTF_8));
            soft.assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
            soft.assertThat(forged.body()).doesNotContain("\tat ").doesNotContain("Caused by");
        });
    }

    private static void checkAll(String path, String token, boolean publicForm) {
        assertSoftly(soft -> {
            for (Map.Entry<String, byte[]> body : hostileBodies(publicForm).entrySet()) {
                HttpResponse<String> reply = send("POST", path, token, "application/json", body.getValue());
                String what = path + " with " + body.getKey() + " -> " + reply.statusCode() + " " + abbreviate(reply.body());
                soft.assertThat(reply.statusCode()).as(what).isBetween(400, 499);
                soft.assertThat(reply.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
                soft.assertThat(reply.body()).as(what).contains("\"detail\"").doesNotContain("Exception").doesNotContain("\tat ")
                        .doesNotContain("AAAAAAAAAA");
            }
        });
    }

    private static long complaints() {
        Api.Reply page = auditor.get("/api/complaints?max=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonNumber("total").longValue();
    }

    private static HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, text/html").header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void put(Map<String, byte[]> bodies, String name, String json) {
        bodies.put(name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

}
