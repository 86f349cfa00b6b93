package org.vocdesk.complaint.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake, triage and the lifecycle over REST, against the running application. */
class ComplaintsIT {

    static TestDepartment production;
    static TestUser clerk;
    static TestUser qualityManager;
    static TestUser handler;
    static TestUser auditor;

    @BeforeAll
    static void organisation() {
        production = TestUsers.department("生产部 Production");
        clerk = TestUsers.user("CLERK");
        qualityManager = TestUsers.user("QUALITY_MANAGER");
        handler = TestUsers.user(production.id(), "HANDLER");
        auditor = TestUsers.user("AUDITOR");
    }

    static JsonObjectBuilder intake(String receivedAt, String product) {
        return Api.object().add("channel", "PHONE").add("type", "COMPLAINT").add("categoryId", 1)
                .add("contactName", "李经理").add("product", product).add("batchNo", "B2501")
                .add("quantityAffected", 12).add("customerWords", "外壳开裂,12 件 cracked housings")
                .add("urgency", "HIGH").add("receivedAt", receivedAt);
    }

    static JsonObject record(JsonObjectBuilder body) {
        Api.Reply reply = clerk.api().post("/api/complaints", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith("/api/complaints/" + reply.json().getJsonNumber("id"));
        return reply.json();
    }

    @Test
    void intakeNumbersTheComplaintAndPlansDeadlinesAcrossTheSpringFestival() {
        // Friday 24 Jan 2025, 10:00 in Shanghai; Sunday 26 Jan is a make-up working day, 28 Jan - 4 Feb are holidays
        JsonObject complaint = record(intake("2025-01-24T02:00:00Z", TestUsers.unique("H-200")));
        assertThat(complaint.getString("number")).matches("CF\\d{6}\\d{4,}");
        assertThat(complaint.getString("status")).isEqualTo("RECEIVED");
        assertThat(complaint.getString("calendarCode")).isEqualTo("CN");
        assertThat(complaint.getString("firstReplyDue")).isEqualTo("2025-01-27T02:00:00Z");
        assertThat(complaint.getString("responseDue")).isEqualTo("2025-02-05T02:00:00Z");
        assertThat(complaint.getString("recordedBy")).isEqualTo(clerk.username());
        assertThat(complaint.getString("customerWords")).isEqualTo("外壳开裂,12 件 cracked housings");

        JsonObject read = auditor.api().get("/api/complaints/" + complaint.getString("number")).json();
        assertThat(read.getJsonNumber("id")).isEqualTo(complaint.getJsonNumber("id"));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() {
        String product = TestUsers.unique("bad");
        Api.Reply english = clerk.api().post("/api/complaints", Api.object().add("product", product).add("quantityAffected", -1));
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        List<String> fields = english.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).contains("channel", "type", "categoryId", "customerWords", "urgency", "receivedAt", "quantityAffected");

        Api.Reply chinese = clerk.api().language("zh-CN").post("/api/complaints", intake("2025-01-24T02:00:00Z", product).add("channel", "PIGEON"));
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.detail()).contains("JSON");

        Api.Reply future = clerk.api().language("zh-CN").post("/api/complaints", intake("2099-01-01T00:00:00Z", product));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.detail()).isEqualTo("接收时间不能晚于当前时间。");

        Api.Reply nameless = clerk.api().post("/api/complaints", intake("2025-01-24T02:00:00Z", product).addNull("contactName"));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("customerId");

        Api.Reply unknownCategory = clerk.api().post("/api/complaints", intake("2025-01-24T02:00:00Z", product).add("categoryId", 999999));
        assertThat(unknownCategory.status()).isEqualTo(400);

        assertThat(clerk.api().get("/api/complaints?q=" + product).json().getInt("total")).isZero();
    }

    @Test
    void theAuditorReadsButCannotRecord() {
        assertThat(auditor.api().post("/api/complaints", intake("2025-01-24T02:00:00Z", "x")).status()).isEqualTo(403);
        assertThat(auditor.api().get("/api/complaints?max=1").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/api/complaints").status()).isEqualTo(401);
    }

    @Test
    void anAuditorWhoIsAlsoAClerkRecords() {
        TestUser both = TestUsers.user("AUDITOR", "CLERK");
        Api.Reply recorded = both.api().post("/api/complaints", intake("2025-01-24T02:00:00Z", "auditor and clerk"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    @Test
    void triageSetsPriorityAndReplansTheResponseDeadline() {
        JsonObject complaint = record(intake("2025-01-24T02:00:00Z", TestUsers.unique("H-300")));
        String path = "/api/complaints/" + complaint.getJsonNumber("id");
        JsonObject decision = Api.object().add("validity", "VALID").add("priority", "LOW")
                .add("departmentId", production.id()).add("handlerId", handler.id())
                .add("majorReasons", Api.strings("BATCH")).add("comment", "生产部处理").build();

        assertThat(clerk.api().post(path + "/triage", decision).status()).isEqualTo(403);

        JsonObject triaged = qualityManager.api().post(path + "/triage", decision).json();
        assertThat(triaged.getString("status")).isEqualTo("TRIAGED");
        assertThat(triaged.getString("priority")).isEqualTo("LOW");
        assertThat(triaged.getBoolean("major")).isTrue();
        assertThat(triaged.getString("handlerUsername")).isEqualTo(handler.username());
        // low priority: 10 working days; counted: 26, 27 Jan, 5, 6, 7, 8 (Sat, make-up day), 10, 11, 12, 13 Feb
        assertThat(triaged.getString("responseDue")).isEqualTo("2025-02-13T02:00:00Z");
        assertThat(triaged.getString("firstReplyDue")).isEqualTo(complaint.getString("firstReplyDue"));
    }

    @Test
    void wholeLifecycleIsRecordedInTheTimeline() {
        // delivery (2): product complaints (1) need an 8D report before they close
        JsonObject complaint = record(intake("2025-03-03T01:00:00Z", TestUsers.unique("H-400")).add("categoryId", 2));
        String path = "/api/complaints/" + complaint.getString("number");
        qualityManager.api().post(path + "/triage", Api.object().add("validity", "VALID").add("priority", "MEDIUM")
                .add("departmentId", production.id()).add("handlerId", handler.id()));
        assertThat(clerk.api().post(path + "/first-reply", Api.object().add("repliedAt", "2025-03-03T05:00:00Z")
                .add("summary", "已电话回复 called back")).status()).isEqualTo(200);
        assertThat(handler.api().post(path + "/investigation", Api.object().add("comment", "5-why")).status()).isEqualTo(200);
        Api.Reply tooEarly = qualityManager.api().post(path + "/closure", Api.object().add("comment", "ok"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(handler.api().post(path + "/confirmation-request", Api.object().add("comment", "更换外壳 replaced")).status()).isEqualTo(200);
        JsonObject closed = qualityManager.api().post(path + "/closure", Api.object().add("comment", "顾客电话确认")).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("firstRepliedAt")).isEqualTo("2025-03-03T05:00:00Z");
        assertThat(closed.getBoolean("overdue")).isFalse();

        List<JsonObject> timeline = auditor.api().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class);
        // triage lowered the priority from high to medium, which moved the response deadline
        assertThat(timeline).extracting(e -> e.getString("kind")).containsExactly("RECORDED", "TRIAGED",
                "DEADLINES_RECOMPUTED", "FIRST_REPLY", "INVESTIGATION_STARTED", "CONFIRMATION_REQUESTED", "CLOSED");
        assertThat(timeline).extracting(e -> e.getString("actor")).containsExactly(clerk.username(), qualityManager.username(),
                qualityManager.username(), clerk.username(), handler.username(), handler.username(), qualityManager.username());

        JsonObject reopened = qualityManager.api().post(path + "/reopening", Api.object().add("comment", "problem came back")).json();
        assertThat(reopened.getString("status")).isEqualTo("REOPENED");
    }

    @Test
    void notValidClosesTheComplaintWithTheExplanation() {
        JsonObject complaint = record(intake("2025-03-03T01:00:00Z", TestUsers.unique("H-500")));
        String path = "/api/complaints/" + complaint.getJsonNumber("id");
        Api.Reply noReason = qualityManager.api().post(path + "/triage", Api.object().add("validity", "INVALID"));
        assertThat(noReason.status()).isEqualTo(400);
        JsonObject closed = qualityManager.api().post(path + "/triage", Api.object().add("validity", "INVALID")
                .add("invalidReason", "承运商运输损坏 damaged by the carrier")).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED_INVALID");
        assertThat(closed.getString("invalidReason")).isEqualTo("承运商运输损坏 damaged by the carrier");
    }

    @Test
    void theSameCustomerWithTheSameProductAgainIsARepeat() {
        Api.Reply customer = clerk.api().post("/api/customers", Api.object().add("code", TestUsers.unique("C"))
                .add("name", "苏州精密 Suzhou Precision").add("transactionCount", 5));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        long customerId = customer.json().getJsonNumber("id").longValue();
        String product = TestUsers.unique("H-600");
        JsonObject first = record(intake("2025-03-03T01:00:00Z", product).add("customerId", customerId));
        JsonObject second = record(intake("2025-04-10T01:00:00Z", product).add("customerId", customerId).add("categoryId", 2));
        JsonObject unrelated = record(intake("2025-04-11T01:00:00Z", TestUsers.unique("other")).add("customerId", customerId).add("categoryId", 3));
        assertThat(first.getBoolean("major")).isFalse();
        assertThat(second.getString("repeatOf")).isEqualTo(first.getString("number"));
        assertThat(unrelated.containsKey("repeatOf") && !unrelated.isNull("repeatOf")).isFalse();
        assertThat(clerk.api().get("/api/complaints?repeat=true&customerId=" + customerId).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void unknownComplaintsAndBadParametersAreProblems() {
        assertThat(clerk.api().get("/api/complaints/CF0000000000").status()).isEqualTo(404);
        Api.Reply bad = clerk.api().language("zh-CN").get("/api/complaints?status=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("status").contains("LOST");
        assertThat(clerk.api().get("/api/complaints?max=100000").status()).isEqualTo(400);
    }
}
