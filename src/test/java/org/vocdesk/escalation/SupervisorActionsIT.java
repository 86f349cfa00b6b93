package org.vocdesk.escalation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acting from escalation notices over REST: a supervisor who got a notice reassigns, extends the deadline
 * or takes over; every refusal (wrong role, someone else's notice, bad input) answers problem+json in the
 * caller's language and changes nothing; acting acknowledges the notice and stops the higher levels.
 */
class SupervisorActionsIT {

    static final String OLD = "2025-01-24T02:00:00Z";

    static TestUser clerk;
    static TestUser qualityManager;
    static TestUser manager;
    static TestUser otherManager;
    static TestUser handler;
    static TestUser secondHandler;
    static TestUser auditor;
    static TestDepartment department;
    static TestDepartment otherDepartment;

    @BeforeAll
    static void organisation() {
        clerk = TestUsers.user("CLERK");
        manager = TestUsers.user("DEPARTMENT_MANAGER");
        department = TestUsers.department("售后部 Actions", manager.id());
        handler = TestUsers.user(department.id(), "HANDLER");
        secondHandler = TestUsers.user(department.id(), "HANDLER");
        otherManager = TestUsers.user("DEPARTMENT_MANAGER");
        otherDepartment = TestUsers.department("生产部 Actions", otherManager.id());
        TestDepartment quality = TestUsers.department("品管部 Actions");
        qualityManager = TestUsers.user(quality.id(), "QUALITY_MANAGER");
        auditor = TestUsers.user("AUDITOR");
        // first replies of LOW complaints: handler and department manager at the deadline, the higher
        // levels far in the future, so what an acknowledgement stops can be seen
        Api.Reply chain = Api.admin().put("/api/escalation-rules/FIRST_REPLY/LOW", Api.object().add("warnMode", "NONE")
                .add("handlerDelay", "0h").add("departmentManagerDelay", "0h").add("qualityManagerDelay", "3000d")
                .add("generalManagerDelay", "3600d").add("stamp", ""));
        assertThat(chain.status()).as(chain.toString()).isEqualTo(200);
    }

    @AfterAll
    static void restoreTheRules() {
        Api.Reply chain = Api.admin().get("/api/escalation-rules/FIRST_REPLY/LOW");
        Api.Reply removed = Api.admin().delete("/api/escalation-rules/FIRST_REPLY/LOW?stamp=" + chain.json().getString("stamp"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    }

    static JsonObject overdueComplaint(String priority) {
        var body = Api.object().add("channel", "PHONE").add("type", "COMPLAINT").add("categoryId", 1)
                .add("contactName", "刘工").add("product", TestUsers.unique("ACT")).add("customerWords", "逾期处理 overdue")
                .add("urgency", priority).add("receivedAt", OLD);
        Api.Reply reply = clerk.api().post("/api/complaints", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        JsonObject decision = Api.object().add("validity", "VALID").add("priority", priority).add("departmentId", department.id())
                .add("handlerId", handler.id()).add("majorReasons", Api.strings()).build();
        Api.Reply triaged = qualityManager.api().post("/api/complaints/" + id + "/triage", decision);
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return triaged.json();
    }

    static JsonObject notice(TestUser user, String number, String kindAndLevel) {
        return await(user.username() + " notice " + kindAndLevel, () -> {
            Api.Reply reply = user.api().get("/api/me/notices?state=all&max=500");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply.jsonArray().getValuesAs(JsonObject.class).stream().filter(n -> n.getString("subjectRef").equals(number)
                    && (n.getString("kind") + "/" + n.getString("level")).equals(kindAndLevel)).findFirst().orElse(null);
        }, n -> n != null);
    }

    static JsonObject complaint(long id) {
        return qualityManager.api().get("/api/complaints/" + id).json();
    }

    static List<JsonObject> steps(long id) {
        Api.Reply reply = qualityManager.api().get("/api/escalations/complaints/" + id + "/steps");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    static List<String> timeline(long id) {
        return qualityManager.api().get("/api/complaints/" + id + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind") + ":" + e.getString("comment", "")).toList();
    }

    static JsonObject reload(TestUser user, long noticeId) {
        return user.api().get("/api/me/notices?state=all&max=500").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("id").longValue() == noticeId).findFirst().orElseThrow();
    }

    static boolean acknowledged(JsonObject notice) {
        return notice.containsKey("acknowledgedAt") && !notice.isNull("acknowledgedAt");
    }

    static String path(JsonObject notice, String action) {
        return "/api/escalations/notices/" + notice.getJsonNumber("id").longValue() + "/" + action;
    }

    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plusSeconds(90);
        T last = probe.get();
        while (!done.test(last)) {
            assertThat(Instant.now()).as("waiting for " + what + "; last: " + last).isBefore(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            last = probe.get();
        }
        return last;
    }

    static void assertProblem(Api.Reply reply, int status, String text) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).as(reply.toString()).contains(text);
    }

    @Test
    void theDepartmentManagerReassignsWithinTheDepartmentAndActingStopsTheHigherLevels() {
        JsonObject complaint = overdueComplaint("LOW");
        long id = complaint.getJsonNumber("id").longValue();
        String number = complaint.getString("number");
        JsonObject notice = notice(manager, number, "FIRST_REPLY/DEPARTMENT_MANAGER");
        JsonObject handlerNotice = notice(handler, number, "FIRST_REPLY/HANDLER");
        assertThat(steps(id)).filteredOn(s -> s.getString("kind").equals("FIRST_REPLY") && s.getString("level").endsWith("L_MANAGER"))
                .extracting(s -> s.getString("status")).containsOnly("PENDING");
        var toSecond = Api.object().add("departmentId", department.id()).add("handlerId", secondHandler.id()).add("comment", "换人处理").build();

        // refused, and nothing changes: the handler's own notice, the auditor, another manager, another department
        assertProblem(handler.api().post(path(handlerNotice, "reassignment"), toSecond), 403, "not allowed");
        assertProblem(auditor.api().post(path(notice, "reassignment"), toSecond), 403, "not allowed");
        assertProblem(otherManager.api().post(path(notice, "reassignment"), toSecond), 404, "was not found");
        var elsewhere = Api.object().add("departmentId", otherDepartment.id()).add("comment", "给生产部").build();
        assertProblem(manager.api().language("zh-CN").post(path(notice, "reassignment"), elsewhere), 403, "部门经理只能将投诉改派给本部门");
        assertThat(complaint(id).getJsonNumber("handlerId").longValue()).isEqualTo(handler.id());
        assertThat(acknowledged(reload(manager, notice.getJsonNumber("id").longValue()))).isFalse();

        Api.Reply done = manager.api().post(path(notice, "reassignment"), toSecond);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("acknowledgedBy")).isEqualTo(manager.username());
        assertThat(done.json().getString("comment")).isEqualTo("换人处理");
        assertThat(complaint(id).getJsonNumber("handlerId").longValue()).isEqualTo(secondHandler.id());
        assertThat(timeline(id)).contains("REASSIGNED:换人处理");
        assertThat(steps(id)).filteredOn(s -> s.getString("kind").equals("FIRST_REPLY") && s.getString("level").endsWith("L_MANAGER"))
                .allSatisfy(s -> {
                    assertThat(s.getString("status")).isEqualTo("CANCELLED");
                    assertThat(s.getString("note")).isEqualTo("acknowledged by " + manager.username());
                });
        // acting again on the acknowledged notice is allowed and keeps the first acknowledgement
        var back = Api.object().add("departmentId", department.id()).add("handlerId", handler.id()).add("comment", "还给原处理人").build();
        Api.Reply again = manager.api().post(path(notice, "reassignment"), back);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("comment")).isEqualTo("换人处理");
    }

    @Test
    void extendingTheDeadlineRecordsTheReasonMovesItAndPlansTheStepsAgain() {
        JsonObject complaint = overdueComplaint("HIGH");
        long id = complaint.getJsonNumber("id").longValue();
        Instant before = Instant.parse(complaint.getString("responseDue"));
        JsonObject notice = notice(manager, complaint.getString("number"), "RESPONSE/DEPARTMENT_MANAGER");

        // bad input, in the caller's language; nothing stored
        assertProblem(manager.api().post(path(notice, "extension"), Api.object().add("by", "two days").add("reason", "客户停产").build()),
                400, "is not an amount of working time");
        assertProblem(manager.api().language("zh-CN").post(path(notice, "extension"), Api.object().add("by", "2d").add("reason", " ").build()),
                400, "请填写延期原因");
        assertProblem(manager.api().post(path(notice, "extension"), Api.object().add("reason", "no amount").build()),
                400, "extra working time");
        assertProblem(auditor.api().post(path(notice, "extension"), Api.object().add("by", "2d").add("reason", "x").build()), 403, "not allowed");
        assertThat(Instant.parse(complaint(id).getString("responseDue"))).isEqualTo(before);
        assertThat(acknowledged(reload(manager, notice.getJsonNumber("id").longValue()))).isFalse();
        assertThat(timeline(id)).noneMatch(e -> e.startsWith("DEADLINE_EXTENDED"));

        // far enough to lie in the future, so the steps of the new deadline are all pending
        Api.Reply done = manager.api().post(path(notice, "extension"), Api.object().add("by", "1000d").add("reason", "等待客户退货 waiting for the return").build());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(acknowledged(done.json())).isTrue();
        Instant after = Instant.parse(complaint(id).getString("responseDue"));
        assertThat(after).isAfter(Instant.now());
        assertThat(timeline(id)).anyMatch(e -> e.startsWith("DEADLINE_EXTENDED:RESPONSE ") && e.endsWith(": 等待客户退货 waiting for the return"));
        List<JsonObject> replanned = await("steps for the new deadline", () -> steps(id), s -> s.stream()
                .anyMatch(x -> x.getString("kind").equals("RESPONSE") && Instant.parse(x.getString("deadline")).equals(after)));
        assertThat(replanned).filteredOn(x -> x.getString("kind").equals("RESPONSE") && Instant.parse(x.getString("deadline")).equals(after))
                .extracting(x -> x.getString("status")).containsOnly("PENDING");
        assertThat(replanned).filteredOn(x -> x.getString("kind").equals("RESPONSE") && Instant.parse(x.getString("deadline")).equals(before))
                .extracting(x -> x.getString("status")).doesNotContain("PENDING");
    }

    @Test
    void aQualityManagerTakesOverAndOnlyWithADepartment() {
        JsonObject complaint = overdueComplaint("HIGH");
        long id = complaint.getJsonNumber("id").longValue();
        String number = complaint.getString("number");
        TestUser homeless = TestUsers.user("QUALITY_MANAGER");
        // the complaint was recorded before this manager existed: a fresh one reaches both
        JsonObject later = overdueComplaint("HIGH");
        JsonObject homelessNotice = notice(homeless, later.getString("number"), "RESPONSE/QUALITY_MANAGER");
        assertProblem(homeless.api().language("zh-CN").post(path(homelessNotice, "takeover"), Api.object().add("comment", "我来").build()),
                400, "您不属于任何部门");
        assertThat(acknowledged(reload(homeless, homelessNotice.getJsonNumber("id").longValue()))).isFalse();

        JsonObject notice = notice(qualityManager, number, "RESPONSE/QUALITY_MANAGER");
        JsonObject handlerNotice = notice(handler, number, "RESPONSE/HANDLER");
        assertProblem(handler.api().post(path(handlerNotice, "takeover"), Api.object().build()), 403, "not allowed");
        Api.Reply done = qualityManager.api().post(path(notice, "takeover"), Api.object().add("comment", "品管部接手 quality takes it").build());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonObject now = complaint(id);
        assertThat(now.getJsonNumber("handlerId").longValue()).isEqualTo(qualityManager.id());
        assertThat(now.getString("departmentName")).isEqualTo("品管部 Actions");
        assertThat(timeline(id)).contains("TAKEN_OVER:品管部接手 quality takes it");
        assertProblem(qualityManager.api().post(path(notice, "takeover"), Api.object().build()), 409, "already the handler");
    }

    @Test
    void aPlainAcknowledgementBySupervisorStopsTheHigherLevelsButTheHandlersDoesNot() {
        JsonObject complaint = overdueComplaint("LOW");
        long id = complaint.getJsonNumber("id").longValue();
        String number = complaint.getString("number");
        JsonObject handlerNotice = notice(handler, number, "FIRST_REPLY/HANDLER");
        Api.Reply mine = handler.api().post("/api/me/notices/" + handlerNotice.getJsonNumber("id") + "/acknowledgement", Api.object().add("comment", "在处理"));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(steps(id)).filteredOn(s -> s.getString("kind").equals("FIRST_REPLY") && s.getString("level").endsWith("L_MANAGER"))
                .extracting(s -> s.getString("status")).containsOnly("PENDING");

        JsonObject notice = notice(manager, number, "FIRST_REPLY/DEPARTMENT_MANAGER");
        Api.Reply ack = manager.api().post("/api/me/notices/" + notice.getJsonNumber("id") + "/acknowledgement", Api.object().add("comment", "已督促"));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(steps(id)).filteredOn(s -> s.getString("kind").equals("FIRST_REPLY") && s.getString("level").endsWith("L_MANAGER"))
                .extracting(s -> s.getString("status")).containsOnly("CANCELLED");
    }

    @Test
    void rulesWithBadInputAreRefusedInTheCallersLanguageAndNothingIsSaved() {
        JsonObject before = Api.admin().get("/api/escalation-rules/RESPONSE/MEDIUM").json();
        var backwards = Api.object().add("warnMode", "PERCENT").add("warnValue", "80").add("handlerDelay", "0h")
                .add("departmentManagerDelay", "2d").add("qualityManagerDelay", "4h").add("stamp", before.getString("stamp")).build();
        assertProblem(Api.admin().language("zh-CN").put("/api/escalation-rules/RESPONSE/MEDIUM", backwards), 400, "每一级不得早于其下一级");
        var badPercent = Api.object().add("warnMode", "PERCENT").add("warnValue", "120").add("handlerDelay", "0h")
                .add("stamp", before.getString("stamp")).build();
        assertProblem(Api.admin().put("/api/escalation-rules/RESPONSE/MEDIUM", badPercent), 400, "between 1 and 99");
        var stale = Api.object().add("warnMode", "NONE").add("handlerDelay", "0h").add("stamp", "1:0").build();
        assertProblem(Api.admin().put("/api/escalation-rules/RESPONSE/MEDIUM", stale), 409, "changed these rules meanwhile");
        var fine = Api.object().add("warnMode", "NONE").add("handlerDelay", "0h").add("stamp", before.getString("stamp")).build();
        assertProblem(auditor.api().put("/api/escalation-rules/RESPONSE/MEDIUM", fine), 403, "not allowed");
        assertThat(Api.admin().get("/api/escalation-rules/RESPONSE/MEDIUM").json()).isEqualTo(before);
        assertThat(auditor.api().get("/api/escalation-rules").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheActionsAndTheRules() {
        Api.Reply openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).as(openapi.request()).isEqualTo(200);
        assertThat(openapi.body()).contains("notices/{id}/extension", "notices/{id}/takeover", "escalation-rules/{kind}/{priority}");
    }
}
