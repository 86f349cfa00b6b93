package org.vocdesk.capa;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.closure.ClosureFixture;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.capa.CapaFixture.ok;

/**
 * The whole path over REST against the running server: a complaint under investigation gets its 8D report,
 * the analysis, a countersigned review meeting, signed sign-offs, actions with evidence, the effectiveness
 * check (not effective, a second round, effective) and finally the closure. Plus the gates and the conflict
 * of two people editing the same report.
 */
class CapaIT {

    static CapaFixture f;

    @BeforeAll
    static void organisation() {
        f = new CapaFixture();
    }

    static String path(long complaintId) {
        return "/api/complaints/" + complaintId + "/capa";
    }

    static long version(JsonObject report) {
        return report.getJsonNumber("version").longValue();
    }

    /** Sends a change with the report's current version and returns the new report. */
    static JsonObject change(TestUser who, String method, long complaintId, String sub, JsonObject current, JsonObjectBuilder body) {
        return ok(who.api().send(method, path(complaintId) + sub, body.add("version", version(current))));
    }

    private static JsonObject step(JsonObject report, String discipline) {
        return report.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("discipline").equals(discipline)).findFirst().orElseThrow();
    }

    static JsonObject complete(TestUser who, long id, JsonObject report, String discipline) {
        return change(who, "POST", id, "/steps/" + discipline + "/completion", report, Api.object());
    }

    static JsonObject signOff(TestUser who, long id, JsonObject report, String subject, String stage, boolean approve, String reason) {
        JsonObjectBuilder body = Api.object().add("subject", subject).add("stage", stage).add("approve", approve).add("password", who.password());
        if (reason != null) {
            body.add("reason", reason);
        }
        return change(who, "POST", id, "/approvals", report, body);
    }

    static JsonObject open(long id) {
        Api.Reply opened = f.handler.api().post(path(id), Api.object());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json();
    }

    static JsonObject fillUpToD3(long id, JsonObject r) {
        r = change(f.handler, "PUT", id, "/team", r, Api.object().add("members", Json.array(
                Api.object().add("name", "王工").add("role", "质量工程师").add("leader", true),
                Api.object().add("name", "孙经理").add("role", "生产经理").add("leader", false))));
        r = complete(f.handler, id, r, "D1");
        r = change(f.handler, "PUT", id, "/problem", r, Api.object().add("what", "外壳开裂").add("why", "客户停线").add("when", "5月8日夜班")
                .add("where", "客户装配线").add("who", "客户来料检验").add("how", "拧紧时开裂").add("howMany", "12/500"));
        r = complete(f.handler, id, r, "D2");
        r = change(f.handler, "PUT", id, "/containment", r, Api.object().add("actions", "冻结库存，100%挑选")
                .add("suspectStock", Json.array(Api.object().add("location", "成品仓").add("quantity", 300).add("checked", 300).add("defective", 2))));
        return complete(f.handler, id, r, "D3");
    }

    static long addCorrective(long id, JsonObject r, String text) {
        JsonObject after = change(f.handler, "POST", id, "/actions", r, Api.object().add("kind", "CORRECTIVE").add("description", text)
                .add("ownerId", f.handler.id()).add("dueAt", Instant.now().plus(Duration.ofDays(10)).toString()));
        var actions = after.getJsonObject("capa").getJsonArray("actions").getValuesAs(JsonObject.class);
        return actions.get(actions.size() - 1).getJsonNumber("id").longValue();
    }

    static JsonObject finishAction(long id, long actionId) {
        JsonObject r = ok(f.handler.api().get(path(id)));
        String pdf = "%PDF-1.4\n% evidence " + actionId + "\n";
        Api.Reply upload = f.handler.api().post(path(id) + "/actions/" + actionId + "/evidence?fileName=record.pdf&version=" + version(r), pdf);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        assertThat(upload.json().getString("contentType")).isEqualTo("application/pdf");
        r = ok(f.handler.api().get(path(id)));
        return change(f.handler, "POST", id, "/actions/" + actionId + "/completion", r, Api.object().add("result", "模具保养已执行"));
    }

    @Test
    void fromComplaintThroughThe8DAndItsActionsToAVerifiedClosure() {
        Api.Reply own = f.quality.api().put("/api/capa/step-deadlines/customers/" + f.customerId + "/D3", Api.object().add("within", "4h"));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        long id = f.complaintUnderInvestigation();

        JsonObject r = open(id);
        assertThat(r.getJsonArray("steps")).hasSize(8);
        assertThat(step(r, "D1").getJsonNumber("ownerId").longValue()).isEqualTo(f.handler.id());
        // the customer's own 4 working hours for containment come before the default working day of D1
        assertThat(Instant.parse(step(r, "D3").getString("dueAt"))).isBefore(Instant.parse(step(r, "D1").getString("dueAt")));
        assertThat(step(r, "D1").getJsonArray("missing").getString(0)).isEqualTo("capa.gate.teamSize");

        // the escalation engine watches the steps
        EscalationAwait.until(() -> pendingSteps(id).stream().anyMatch(s -> s.getString("kind").equals("EIGHT_D_STEP")));

        r = fillUpToD3(id, r);

        // D4: the analysis as data
        Api.Reply early = f.handler.api().post(path(id) + "/steps/D4/completion", Api.object().add("version", version(r)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.detail()).contains("D4", "5-Why");
        r = change(f.handler, "POST", id, "/why-chains", r, Api.object().add("kind", "OCCURRENCE").add("problem", "外壳开裂")
                .add("whys", Api.strings("壁厚不足", "模具磨损", "保养周期过长")));
        r = change(f.handler, "POST", id, "/why-chains", r, Api.object().add("kind", "ESCAPE").add("problem", "未检出")
                .add("whys", Api.strings("抽检未测壁厚", "控制计划缺少该特性")));
        r = change(f.handler, "POST", id, "/causes", r, Api.object().add("category", "MACHINE").add("description", "模具磨损"));
        r = change(f.handler, "POST", id, "/causes", r, Api.object().add("category", "MAN").add("description", "新员工操作"));
        var causes = r.getJsonArray("causes").getValuesAs(JsonObject.class);
        r = change(f.handler, "POST", id, "/causes/" + causes.get(0).getJsonNumber("id") + "/verdict", r,
                Api.object().add("status", "VERIFIED").add("evidence", "模具测量报告 M-17"));
        r = change(f.handler, "POST", id, "/causes/" + causes.get(1).getJsonNumber("id") + "/verdict", r,
                Api.object().add("status", "RULED_OUT").add("evidence", "培训记录齐全"));
        assertThat(r.getJsonArray("whyChains").getJsonObject(0).getString("rootCause")).isEqualTo("保养周期过长");
        String svg = fishbone(id);
        assertThat(svg).startsWith("<svg").contains("模具磨损", "data-status=\"VERIFIED\"", "data-status=\"RULED_OUT\"");

        // a cross-department review meeting, countersigned by the attending managers
        r = change(f.quality, "POST", id, "/meetings", r, Api.object().add("heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .add("attendeeIds", Json.array(f.handler.id(), f.manager.id(), f.quality.id())).add("conclusion", "责任在生产部：模具保养"));
        long meetingId = r.getJsonArray("meetings").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(f.handler.api().post(path(id) + "/steps/D4/completion", Api.object().add("version", version(r))).detail())
                .contains("countersign");
        r = change(f.manager, "POST", id, "/meetings/" + meetingId + "/countersignature", r, Api.object().add("password", f.manager.password()));
        r = change(f.quality, "POST", id, "/meetings/" + meetingId + "/countersignature", r, Api.object().add("password", f.quality.password()));
        assertThat(r.getJsonArray("meetings").getJsonObject(0).getBoolean("agreed")).isTrue();
        r = complete(f.handler, id, r, "D4");

        // the analysis: the quality manager rejects, the step returns with the reason, then it is signed and reviewed
        r = signOff(f.manager, id, r, "ANALYSIS", "DEPARTMENT_SIGN", true, null);
        r = signOff(f.quality, id, r, "ANALYSIS", "QUALITY_REVIEW", false, "流出原因需要检具分析");
        assertThat(step(r, "D4").get("completedAt")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(step(r, "D4").getString("returnedReason")).isEqualTo("流出原因需要检具分析");
        r = change(f.handler, "POST", id, "/why-chains", r, Api.object().add("kind", "ESCAPE").add("problem", "检具未发现")
                .add("whys", Api.strings("检具精度不足")));
        r = complete(f.handler, id, r, "D4");
        r = signOff(f.manager, id, r, "ANALYSIS", "DEPARTMENT_SIGN", true, null);
        r = signOff(f.quality, id, r, "ANALYSIS", "QUALITY_REVIEW", true, null);

        // D5: corrective action, verification, signed measures
        long action = addCorrective(id, r, "模具保养周期改为每5000模次");
        r = ok(f.handler.api().get(path(id)));
        r = change(f.handler, "PUT", id, "/permanent-verification", r, Api.object().add("text", "试产200件，壁厚全部合格"));
        r = complete(f.handler, id, r, "D5");
        r = signOff(f.manager, id, r, "MEASURES", "DEPARTMENT_SIGN", true, null);
        r = signOff(f.quality, id, r, "MEASURES", "QUALITY_REVIEW", true, null);

        // evidence is checked by content; done schedules the effectiveness check three months later
        Api.Reply exe = f.handler.api().post(path(id) + "/actions/" + action + "/evidence?fileName=fix.pdf&version=" + version(r), "MZ\u0090\u0000binary");
        assertThat(exe.status()).isEqualTo(400);
        r = finishAction(id, action);
        JsonObject capa = r.getJsonObject("capa");
        assertThat(capa.getString("status")).isEqualTo("VERIFICATION_PENDING");
        Instant fixedAt = Instant.parse(capa.getString("fixedAt"));
        assertThat(Duration.between(fixedAt, Instant.parse(capa.getString("verificationDue"))).toDays()).isBetween(89L, 92L);

        r = change(f.handler, "PUT", id, "/validation", r, Api.object().add("text", "连续三批无不良"));
        r = complete(f.handler, id, r, "D6");
        r = change(f.handler, "PUT", id, "/documents", r, Api.object().add("documents", Json.array(
                Api.object().add("type", "FMEA").add("reference", "PFMEA-H200").add("revision", "C"),
                Api.object().add("type", "WORK_INSTRUCTION").add("reference", "WI-M-017").add("revision", "B"))));
        r = complete(f.handler, id, r, "D7");
        r = change(f.handler, "PUT", id, "/recognition", r, Api.object().add("text", "感谢8D小组"));
        r = complete(f.handler, id, r, "D8");
        assertThat(r.getBoolean("complete")).isTrue();

        // the verifier sees the new complaint of the same customer and product since the fix
        long again = f.record(Instant.now());
        assertThat(f.quality.api().get(path(id) + "/related-complaints").jsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getJsonNumber("id").longValue()).containsExactly(again);

        // closing is refused while the effectiveness is not verified
        ok(f.handler.api().post("/api/complaints/" + id + "/confirmation-request", Api.object().add("comment", "已更换模具并改进保养")));
        Api.Reply refused = f.quality.api().post("/api/complaints/" + id + "/closure", Api.object().add("comment", "客户电话确认"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.detail()).contains("effectiveness");

        // not effective: a new round, the measures go back to work and need new signatures
        r = ok(f.quality.api().get(path(id)));
        r = change(f.quality, "POST", id, "/effectiveness", r, Api.object().add("effective", false).add("verdict", "又收到同类投诉"));
        assertThat(r.getJsonObject("capa").getString("status")).isEqualTo("OPEN");
        assertThat(r.getJsonObject("capa").getInt("round")).isEqualTo(2);
        assertThat(step(r, "D5").getString("returnedReason")).isEqualTo("又收到同类投诉");
        long second = addCorrective(id, r, "增加壁厚在线检测");
        r = ok(f.handler.api().get(path(id)));
        r = complete(f.handler, id, r, "D5");
        r = signOff(f.manager, id, r, "MEASURES", "DEPARTMENT_SIGN", true, null);
        r = signOff(f.quality, id, r, "MEASURES", "QUALITY_REVIEW", true, null);
        r = finishAction(id, second);
        r = change(f.quality, "POST", id, "/effectiveness", r, Api.object().add("effective", true).add("verdict", "三个月无同类投诉"));
        assertThat(r.getJsonObject("capa").getString("status")).isEqualTo("EFFECTIVE");
        assertThat(r.getJsonObject("capa").getJsonArray("verifications")).hasSize(2);

        // every signature is valid: analysis r1 (approved, rejected), r2, measures r1, r2, meeting
        List<JsonObject> signatures = f.quality.api().get(path(id) + "/signatures").jsonArray().getValuesAs(JsonObject.class);
        assertThat(signatures).hasSize(10).allMatch(s -> s.getString("status").equals("VALID"));

        // a product complaint closes only with its 8D completed up to D8 again after the new round
        ok(f.handler.api().post("/api/complaints/" + id + "/first-reply", Api.object().add("summary", "已电话告知客户整改结果")));
        Api.Reply incomplete = f.quality.api().post("/api/complaints/" + id + "/closure", Api.object().add("comment", "客户电话确认"));
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(409);
        assertThat(incomplete.detail()).contains("D8");
        r = ok(f.handler.api().get(path(id)));
        for (String discipline : List.of("D6", "D7", "D8")) {
            r = complete(f.handler, id, r, discipline);
        }

        // the customer who complained closes it (谁投诉谁关闭) through the link in the result's e-mail
        int linksBefore = ClosureFixture.linksTo(f.email).size();
        ok(f.handler.api().post("/api/complaints/" + id + "/signoff/replies", Api.object().add("purpose", "RESULT")
                .add("channel", "EMAIL").add("text", "模具已更换 We replaced the mould").add("language", "en").add("askCustomer", true)));
        String token = ClosureFixture.tokenMailedTo(f.email, linksBefore);
        ok(Api.anonymous().post("/api/public/confirmations/" + token, Api.object().add("answer", "CONFIRMED").add("satisfaction", "SATISFIED")));
        assertThat(f.quality.api().get("/api/complaints/" + id).json().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void aProductComplaintWithoutAn8DReportIsRefusedClosureAndNothingChanges() {
        JsonObject product = f.quality.api().get("/api/categories").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("PRODUCT_QUALITY")).findFirst().orElseThrow();
        assertThat(product.getBoolean("requires8d")).isTrue();
        long id = f.complaintUnderInvestigation();
        ok(f.handler.api().post("/api/complaints/" + id + "/first-reply", Api.object().add("summary", "已电话告知客户")));
        ok(f.handler.api().post("/api/complaints/" + id + "/confirmation-request", Api.object().add("comment", "已更换外壳")));
        JsonObject before = ok(f.quality.api().get("/api/complaints/" + id));

        Api.Reply english = f.quality.api().language("en").post("/api/complaints/" + id + "/closure", Api.object().add("comment", "客户电话确认"));
        assertThat(english.status()).as(english.toString()).isEqualTo(409);
        assertThat(english.detail()).contains("product problem").contains("8D report");
        Api.Reply chinese = f.quality.api().language("zh-CN").post("/api/complaints/" + id + "/closure", Api.object().add("comment", "客户电话确认"));
        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(409);
        assertThat(chinese.detail()).contains("产品问题需要8D报告");

        JsonObject after = ok(f.quality.api().get("/api/complaints/" + id));
        assertThat(after.getString("status")).isEqualTo(before.getString("status")).isNotEqualTo("CLOSED");
        assertThat(after.get("closedAt")).isEqualTo(before.get("closedAt"));
        assertThat(f.quality.api().get(path(id)).status()).isEqualTo(404);
    }

    @Test
    void aCalendarChangeMovesTheOpenStepsDeadlinesInWorkingTime() {
        long id = f.complaintUnderInvestigation();
        JsonObject r = open(id);
        Instant d6 = Instant.parse(step(r, "D6").getString("dueAt"));
        Instant d7 = Instant.parse(step(r, "D7").getString("dueAt"));
        // D7's day (weeks ahead, after D6's) becomes a holiday: D7 and D8 move a working day, D6 stays
        String day = LocalDate.ofInstant(d7, ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply holiday = Api.admin().put("/api/calendars/CN/days/" + day, Api.object().add("kind", "HOLIDAY").add("name", "8D test"));
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(204);
        try {
            JsonObject moved = ClosureFixture.await("D7 re-planned", () -> ok(f.handler.api().get(path(id))),
                    report -> Instant.parse(step(report, "D7").getString("dueAt")).isAfter(d7));
            assertThat(Instant.parse(step(moved, "D7").getString("dueAt"))).isAfter(d7.plus(Duration.ofHours(20)));
            assertThat(Instant.parse(step(moved, "D6").getString("dueAt"))).isEqualTo(d6);
        } finally {
            Api.admin().delete("/api/calendars/CN/days/" + day);
        }
        ClosureFixture.await("D7 back after the holiday was removed", () -> ok(f.handler.api().get(path(id))),
                report -> Instant.parse(step(report, "D7").getString("dueAt")).equals(d7));
    }

    @Test
    void twoPeopleEditingTheSameReportGetAConflictNotASilentOverwrite() {
        long id = f.complaintUnderInvestigation();
        JsonObject seenByHandler = open(id);
        JsonObject seenByQuality = ok(f.quality.api().get(path(id)));
        assertThat(version(seenByQuality)).isEqualTo(version(seenByHandler));

        change(f.handler, "PUT", id, "/problem", seenByHandler, Api.object().add("what", "外壳开裂 (handler)"));
        Api.Reply stale = f.quality.api().language("zh-CN").put(path(id) + "/problem",
                Api.object().add("version", version(seenByQuality)).add("what", "外壳破损 (quality)"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).contains("problem+json");
        assertThat(stale.detail()).contains("已被他人修改");
        assertThat(ok(f.quality.api().get(path(id))).getJsonObject("problem").getString("what")).isEqualTo("外壳开裂 (handler)");

        Api.Reply english = f.quality.api().put(path(id) + "/problem", Api.object().add("version", version(seenByQuality)).add("what", "x"));
        assertThat(english.detail()).contains("Someone else changed this 8D report");
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        long id = f.complaintUnderInvestigation();
        JsonObject r = open(id);
        assertThat(f.handler.api().post(path(id), Api.object()).status()).isEqualTo(409);
        Api.Reply noEvidence = f.handler.api().post(path(id) + "/causes", Api.object().add("version", version(r)).add("description", "x"));
        assertThat(noEvidence.status()).isEqualTo(400);
        Api.Reply future = f.quality.api().post(path(id) + "/meetings", Api.object().add("version", version(r))
                .add("heldOn", LocalDate.now().plusDays(3).toString()).add("attendeeIds", Json.array(f.handler.id(), f.manager.id())).add("conclusion", "x"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.detail()).contains("future");
        Api.Reply auditor = TestUsers.user("AUDITOR").api().put(path(id) + "/problem", Api.object().add("version", version(r)).add("what", "x"));
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(version(ok(f.handler.api().get(path(id))))).isEqualTo(version(r));
    }

    static String fishbone(long complaintId) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(org.vocdesk.it.TestServer.baseUrl() + path(complaintId) + "/fishbone.svg"))
                    .header("Authorization", "Bearer " + f.handler.token()).header("Accept", "image/svg+xml").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonObject> pendingSteps(long complaintId) {
        Api.Reply reply = f.quality.api().get("/api/escalations/steps?status=PENDING&max=1000");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String number = ok(f.quality.api().get("/api/complaints/" + complaintId)).getString("number");
        return reply.jsonArray().getValuesAs(JsonObject.class).stream().filter(s -> s.getString("subjectRef").startsWith(number + " ")).toList();
    }

    /** Small helpers for JSON arrays of objects and numbers. */
    static final class Json {
        static jakarta.json.JsonArray array(Object... items) {
            var array = jakarta.json.Json.createArrayBuilder();
            for (Object item : items) {
                if (item instanceof JsonObjectBuilder b) {
                    array.add(b);
                } else {
                    array.add(((Number) item).longValue());
                }
            }
            return array.build();
        }
    }

    static final class EscalationAwait {
        static void until(java.util.function.BooleanSupplier done) {
            Instant deadline = Instant.now().plusSeconds(60);
            while (!done.getAsBoolean()) {
                assertThat(Instant.now()).as("waiting for the escalation steps").isBefore(deadline);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
