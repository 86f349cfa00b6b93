package org.vocdesk.publicfeedback;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/public/feedback without a login. Each test sends from a loopback address of its own
 * ({@link FromAddress}), because the rate limit counts per client address and all tests share one server.
 */
class PublicFeedbackIT {

    private static final String PATH = "/api/public/feedback";
    private static long delivery;
    private static Api clerk;

    @BeforeAll
    static void setUp() {
        delivery = FromAddress.category("DELIVERY");
        clerk = TestUsers.user("CLERK").api();
    }

    @Test
    void aValidSubmissionGetsANumberAndStaffSeeItAsWebForm() {
        String product = TestUsers.unique("valve");
        Api.Reply reply = FromAddress.fresh().post(PATH, valid(product).add("urgency", "HIGH"), "zh-CN");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String number = reply.json().getString("number");
        assertThat(number).matches("CF\\d{10}");
        JsonObject complaint = clerk.get("/api/complaints/" + number).json();
        assertThat(complaint.getString("channel")).isEqualTo("WEB_FORM");
        assertThat(complaint.getString("recordedBy")).isEqualTo("public-web");
        assertThat(complaint.getString("contactName")).isEqualTo("王小明 (某某汽车零部件有限公司)");
        assertThat(complaint.getString("contactPhone")).isEqualTo("13800000000");
        assertThat(complaint.getString("contactEmail")).isEqualTo("wang@example.com");
        assertThat(complaint.get("customerId")).isIn(null, JsonValue.NULL);
        assertThat(complaint.getString("product")).isEqualTo(product);
        assertThat(complaint.getString("customerWords")).isEqualTo("收到的阀门外壳有裂纹。");
        assertThat(complaint.getString("initialUrgency")).isEqualTo("HIGH");
        assertThat(complaint.getString("categoryCode")).isEqualTo("DELIVERY");
        assertThat(complaint.getString("status")).isEqualTo("RECEIVED");
        assertThat(complaint.getString("firstReplyDue")).isNotBlank();
    }

    @Test
    void anonymousFeedbackNeedsNoContactAndKeepsNone() {
        String product = TestUsers.unique("anon");
        JsonObjectBuilder body = Api.object().add("type", "SUGGESTION").add("categoryId", delivery).add("anonymous", true)
                .add("phone", "123").add("product", product).add("description", "Please deliver before 10:00.");
        Api.Reply reply = FromAddress.fresh().post(PATH, body, "en");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonObject complaint = clerk.get("/api/complaints/" + reply.json().getString("number")).json();
        assertThat(complaint.getBoolean("anonymous")).isTrue();
        assertThat(complaint.get("contactPhone")).isIn(null, JsonValue.NULL);
        assertThat(complaint.getString("initialUrgency")).isEqualTo("MEDIUM");
    }

    @Test
    void missingRequiredFieldsAreFieldErrorsInTheCallersLanguage() {
        FromAddress client = FromAddress.fresh();
        Api.Reply chinese = client.post(PATH, "{}", "zh-CN");
        Api.Reply english = client.post(PATH, "{\"anonymous\":false,\"website\":\"\"}", "en");

        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(400);
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(errors(chinese)).containsOnlyKeys("type", "categoryId", "description", "name", "phone")
                .containsEntry("description", "请描述发生了什么。")
                .containsEntry("phone", "请填写电话或电子邮箱以便我们答复您，或勾选“我希望匿名反馈”。");
        assertThat(english.status()).isEqualTo(400);
        assertThat(errors(english)).containsEntry("description", "Please describe what happened.")
                .containsEntry("categoryId", "Please choose what your feedback is about.");
    }

    @Test
    void oversizedFieldsAreRejectedAndNothingIsStored() {
        String product = TestUsers.unique("big");
        JsonObjectBuilder body = valid(product).add("description", "长".repeat(5001)).add("name", "n".repeat(46))
                .add("orderNo", "o".repeat(61)).add("email", "not an address");
        Api.Reply reply = FromAddress.fresh().post(PATH, body, "en");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(errors(reply)).containsOnlyKeys("description", "name", "orderNo", "email")
                .containsEntry("description", "This is too long; please shorten it.");
        assertThat(storedWithProduct(product)).isZero();
    }

    @Test
    void aFilledHoneypotLooksAcceptedButNothingIsStored() {
        String product = TestUsers.unique("spam");
        Api.Reply reply = FromAddress.fresh().post(PATH, valid(product).add("website", "http://cheap-pills.example"), "en");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String number = reply.json().getString("number");
        assertThat(number).matches("CF\\d{10}");
        assertThat(storedWithProduct(product)).isZero();
        assertThat(clerk.get("/api/complaints/" + number).status()).isEqualTo(404);
    }

    @Test
    void theSixthSubmissionWithinTenMinutesGets429WithRetryAfter() {
        FromAddress client = FromAddress.fresh();
        String product = TestUsers.unique("flood");
        for (int i = 0; i < 3; i++) { // refused input does not count
            assertThat(client.post(PATH, "{}", "en").status()).isEqualTo(400);
        }
        for (int i = 0; i < 5; i++) {
            Api.Reply accepted = client.post(PATH, valid(product), "en");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        }

        Api.Reply refused = client.post(PATH, valid(product), "zh-CN");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getInt("status")).isEqualTo(429);
        assertThat(refused.detail()).contains("分钟后再试");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(client.post(PATH, valid(product).add("website", "x"), "en").status()).as("robots are limited too").isEqualTo(429);
        assertThat(storedWithProduct(product)).isEqualTo(5);
        assertThat(FromAddress.fresh().post(PATH, valid(product), "en").status()).as("another client").isEqualTo(201);
    }

    private static JsonObjectBuilder valid(String product) {
        return Api.object().add("type", "COMPLAINT").add("categoryId", delivery).add("name", "王小明")
                .add("company", "某某汽车零部件有限公司").add("phone", "13800000000").add("email", "wang@example.com")
                .add("product", product).add("orderNo", "PO-1").add("batchNo", "B-7").add("description", "收到的阀门外壳有裂纹。");
    }

    private static Map<String, String> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
    }

    private static long storedWithProduct(String product) {
        Api.Reply page = clerk.get("/api/complaints?q=" + URLEncoder.encode(product, StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonNumber("total").longValue();
    }
}
