package org.vocdesk.closure;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.closure.entity.ConfirmationToken;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.closure.ClosureFixture.await;
import static org.vocdesk.closure.ClosureFixture.ok;
import static org.vocdesk.closure.ClosureFixture.status;
import static org.vocdesk.closure.ClosureFixture.tokenMailedTo;

/** Customer reply and closure over REST: the customer's link from the e-mail, its misuse, and the closure gates. */
class ClosureIT {

    static ClosureFixture f;
    static TestUser generalManager;

    @BeforeAll
    static void organisation() {
        f = new ClosureFixture();
        generalManager = TestUsers.user("GENERAL_MANAGER");
    }

    @Test
    void theCustomerConfirmsThroughTheLinkInTheirEmailAndTheComplaintIsClosedWithAFollowUp() {
        String email = TestUsers.unique("li") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, false);
        JsonObject reply = ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        assertThat(reply.getString("mailedTo")).isEqualTo(email);

        String token = tokenMailedTo(email, 0);
        assertThat(ClosureFixture.mailTextsTo(email).get(0)).contains("We replaced the housings", "works once");
        JsonObject seen = ok(Api.anonymous().get("/api/public/confirmations/" + token));
        assertThat(seen.getString("replyText")).isEqualTo("我们已更换外壳 We replaced the housings");
        assertThat(seen.getString("language")).isEqualTo("en");

        JsonObject answered = ok(Api.anonymous().post("/api/public/confirmations/" + token,
                Api.object().add("answer", "CONFIRMED").add("satisfaction", "BASICALLY_SATISFIED")));
        assertThat(answered.getString("answer")).isEqualTo("CONFIRMED");
        JsonObject complaint = f.qualityManager.api().get("/api/complaints/" + id).json();
        assertThat(complaint.getString("status")).isEqualTo("CLOSED");
        List<JsonObject> timeline = f.qualityManager.api().get("/api/complaints/" + id + "/timeline").jsonArray().getValuesAs(JsonObject.class);
        assertThat(timeline.get(timeline.size() - 1).getString("actor")).isEqualTo("customer");
        assertThat(timeline).extracting(e -> e.getString("kind")).contains("CUSTOMER_REPLY");

        JsonObject closure = ok(f.qualityManager.api().get("/api/complaints/" + id + "/signoff"));
        assertThat(closure.getString("satisfaction")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(closure.getJsonObject("link").getString("state")).isEqualTo("USED");
        Instant closedAt = Instant.parse(complaint.getString("closedAt"));
        Instant followUpDue = Instant.parse(closure.getJsonObject("followUp").getString("dueAt"));
        assertThat(followUpDue).isBetween(closedAt.plus(89, ChronoUnit.DAYS), closedAt.plus(93, ChronoUnit.DAYS));

        // the same link again: refused, nothing changes
        Api.Reply reused = Api.anonymous().post("/api/public/confirmations/" + token, Api.object().add("answer", "NOT_RESOLVED").add("comment", "x"));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(Api.anonymous().get("/api/public/confirmations/" + token).status()).isEqualTo(410);
        assertThat(status(id, f.qualityManager)).isEqualTo("CLOSED");

        JsonObject done = ok(f.qualityManager.api().post("/api/complaints/" + id + "/signoff/follow-up",
                Api.object().add("recurred", false).add("note", "回访:问题未再发生 no recurrence")));
        assertThat(done.getString("doneBy")).isEqualTo(f.qualityManager.username());
    }

    @Test
    void notResolvedReopensTheComplaintWithTheCustomersComment() {
        String email = TestUsers.unique("wang") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, false);
        ok(f.reply(f.handler, id, "RESULT", "EMAIL", true));
        String token = tokenMailedTo(email, 0);

        Api.Reply withoutComment = Api.anonymous().post("/api/public/confirmations/" + token, Api.object().add("answer", "NOT_RESOLVED"));
        assertThat(withoutComment.status()).isEqualTo(400);
        assertThat(status(id, f.qualityManager)).isEqualTo("AWAITING_CONFIRMATION");

        ok(Api.anonymous().post("/api/public/confirmations/" + token, Api.object().add("answer", "NOT_RESOLVED")
                .add("satisfaction", "NOT_SATISFIED").add("comment", "还在漏水 still leaking")));
        assertThat(status(id, f.qualityManager)).isEqualTo("REOPENED");
        List<JsonObject> timeline = f.qualityManager.api().get("/api/complaints/" + id + "/timeline").jsonArray().getValuesAs(JsonObject.class);
        JsonObject last = timeline.get(timeline.size() - 1);
        assertThat(last.getString("kind")).isEqualTo("REOPENED");
        assertThat(last.getString("comment")).isEqualTo("还在漏水 still leaking");
        assertThat(ok(f.qualityManager.api().get("/api/complaints/" + id + "/signoff")).getInt("round")).isEqualTo(2);
    }

    @Test
    void forgedAndReplacedLinksAreRefusedAndChangeNothing() {
        String forged = ConfirmationToken.newSecret();
        assertThat(Api.anonymous().get("/api/public/confirmations/" + forged).status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/public/confirmations/not-even-a-token").status()).isEqualTo(404);
        Api.Reply forgedAnswer = Api.anonymous().post("/api/public/confirmations/" + forged, Api.object().add("answer", "CONFIRMED"));
        assertThat(forgedAnswer.status()).isEqualTo(404);

        String email = TestUsers.unique("zhao") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, false);
        ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        String first = tokenMailedTo(email, 0);
        ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        String second = tokenMailedTo(email, 1);
        assertThat(second).isNotEqualTo(first);

        Api.Reply replaced = Api.anonymous().post("/api/public/confirmations/" + first, Api.object().add("answer", "CONFIRMED"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(409);
        assertThat(Api.anonymous().get("/api/public/confirmations/" + first).json().getString("refusal")).isEqualTo("REPLACED");
        assertThat(status(id, f.qualityManager)).isEqualTo("AWAITING_CONFIRMATION");
        ok(Api.anonymous().post("/api/public/confirmations/" + second, Api.object().add("answer", "CONFIRMED")));
        assertThat(status(id, f.qualityManager)).isEqualTo("CLOSED");
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        // the test server's links work for 30 s (VOCDESK_CLOSURE_LINK_VALIDITY in TestServer)
        String email = TestUsers.unique("sun") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, false);
        ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        String token = tokenMailedTo(email, 0);
        Instant expires = Instant.parse(ok(Api.anonymous().get("/api/public/confirmations/" + token)).getString("expiresAt"));
        ClosureFixture.sleep(Duration.between(Instant.now(), expires).plusSeconds(2));

        Api.Reply expired = Api.anonymous().post("/api/public/confirmations/" + token, Api.object().add("answer", "CONFIRMED"));
        assertThat(expired.status()).as(expired.toString()).isEqualTo(409);
        assertThat(Api.anonymous().get("/api/public/confirmations/" + token).status()).isEqualTo(410);
        assertThat(status(id, f.qualityManager)).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void noComplaintClosesBeforeTheCustomerWasRepliedTo() {
        long id = f.awaitingConfirmation(TestUsers.unique("qian") + "@customer.example.com", false);
        Api.Reply refused = f.qualityManager.api().post("/api/complaints/" + id + "/closure", Api.object().add("comment", "ok"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("not been replied");
        assertThat(ok(f.qualityManager.api().get("/api/complaints/" + id + "/signoff")).getJsonArray("blockers")).hasSize(1);

        ok(f.reply(f.clerk, id, "RESULT", "PHONE", false));
        ok(f.qualityManager.api().post("/api/complaints/" + id + "/closure", Api.object().add("comment", "顾客电话确认")));
        assertThat(status(id, f.qualityManager)).isEqualTo("CLOSED");
    }

    @Test
    void aMajorComplaintClosesOnlyWithTheGeneralManagersSignedApproval() {
        String email = TestUsers.unique("zhou") + "@customer.example.com";
        long id = f.awaitingConfirmation(email, true);
        ok(f.reply(f.clerk, id, "RESULT", "PHONE", false));
        String path = "/api/complaints/" + id;

        Api.Reply unapproved = f.qualityManager.api().post(path + "/closure", Api.object().add("comment", "ok"));
        assertThat(unapproved.status()).isEqualTo(409);
        assertThat(unapproved.detail()).contains("general manager");
        assertThat(f.reply(f.clerk, id, "RESULT", "EMAIL", true).status()).as("no link while the approval is missing").isEqualTo(409);

        // a fresh general manager, one wrong password (the login throttle is shared): refused, nothing stored
        TestUser gm = TestUsers.user("GENERAL_MANAGER");
        Api.Reply wrong = gm.api().post(path + "/signoff/approval", Api.object().add("password", "not-my-password"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.detail()).contains("password");
        JsonObject afterWrong = ok(gm.api().get(path + "/signoff"));
        assertThat(afterWrong.getJsonArray("signatures")).isEmpty();
        assertThat(f.qualityManager.api().get(path + "/timeline").body()).doesNotContain("CLOSURE_APPROVED");
        assertThat(f.qualityManager.api().post(path + "/signoff/approval", Api.object().add("password", TestUsers.PASSWORD)).status())
                .as("only the general manager approves").isEqualTo(403);

        JsonObject signature = ok(gm.api().post(path + "/signoff/approval", Api.object().add("password", TestUsers.PASSWORD)));
        assertThat(signature.getString("status")).isEqualTo("VALID");
        assertThat(signature.getString("role")).isEqualTo("GENERAL_MANAGER");
        assertThat(signature.getString("meaning")).isEqualTo("APPROVED");
        assertThat(signature.getString("contentHash")).hasSize(64);
        JsonObject closure = ok(f.qualityManager.api().get(path + "/signoff"));
        assertThat(closure.getJsonArray("blockers")).isEmpty();
        assertThat(closure.getString("closureContent")).contains("complaint.resolution=更换了 12 个外壳 replaced 12 housings");

        ok(f.reply(f.clerk, id, "RESULT", "EMAIL", true));
        ok(Api.anonymous().post("/api/public/confirmations/" + tokenMailedTo(email, 0), Api.object().add("answer", "CONFIRMED")));
        assertThat(status(id, f.qualityManager)).isEqualTo("CLOSED");
    }

    @Test
    void editingTheSignedClosureContentInTheDatabaseIsDetectedAndBlocksTheClosure() throws Exception {
        String url = System.getProperty("vocdesk.test.dbUrl", "");
        Assumptions.assumeFalse(url.isBlank(), "needs the database beside the server (PostgreSQL); the H2 file is locked"
                + " by the test server, and SignatureSchemaTest covers the same edit on H2");
        long id = f.awaitingConfirmation(TestUsers.unique("tamper") + "@customer.example.com", true);
        String path = "/api/complaints/" + id;
        ok(f.reply(f.clerk, id, "RESULT", "PHONE", false));
        ok(generalManager.api().post(path + "/signoff/approval", Api.object().add("password", TestUsers.PASSWORD)));
        assertThat(ok(f.qualityManager.api().get(path + "/signoff")).getJsonArray("blockers")).isEmpty();

        try (Connection db = DriverManager.getConnection(url, System.getProperty("vocdesk.test.dbUser", ""),
                System.getProperty("vocdesk.test.dbPassword", ""));
             PreparedStatement edit = db.prepareStatement("update signed_content set canonical_text = replace(canonical_text,"
                     + " 'replaced 12 housings', 'nothing to do') where subject_type = 'COMPLAINT_CLOSURE' and subject_id = ?")) {
            edit.setLong(1, id);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
        JsonObject closure = ok(f.qualityManager.api().get(path + "/signoff"));
        assertThat(closure.getJsonArray("signatures").getJsonObject(0).getString("status")).isEqualTo("TAMPERED");
        assertThat(closure.getJsonArray("blockers").toString()).contains("no longer matches");
        assertThat(f.qualityManager.api().post(path + "/closure", Api.object().add("comment", "ok")).status()).isEqualTo(409);
    }

    @Test
    void theGeneralManagerRejectsWithAReasonAndTheNextRoundNeedsANewApproval() {
        long id = f.awaitingConfirmation(TestUsers.unique("wu") + "@customer.example.com", true);
        String path = "/api/complaints/" + id;
        assertThat(generalManager.api().post(path + "/signoff/rejection", Api.object().add("password", TestUsers.PASSWORD)).status())
                .as("a rejection needs its reason").isEqualTo(400);
        JsonObject rejection = ok(generalManager.api().post(path + "/signoff/rejection",
                Api.object().add("password", TestUsers.PASSWORD).add("reason", "D4 原因分析不充分 root cause not shown")));
        assertThat(rejection.getString("meaning")).isEqualTo("REJECTED");
        assertThat(status(id, f.qualityManager)).isEqualTo("REOPENED");

        ok(f.handler.api().post(path + "/investigation", Api.object().add("comment", "again")));
        ok(f.handler.api().post(path + "/confirmation-request", Api.object().add("comment", "新的措施 new measures")));
        JsonObject closure = ok(f.qualityManager.api().get(path + "/signoff"));
        assertThat(closure.getInt("round")).isEqualTo(2);
        assertThat(closure.getJsonArray("signatures")).extracting(s -> s.asJsonObject().getInt("revision")).containsExactly(1);
        assertThat(closure.getJsonArray("blockers").toString()).contains("general manager");
    }

    @Test
    void anInvalidComplaintsExplanationIsMailedAndTheCustomerMayDisputeIt() {
        String email = TestUsers.unique("he") + "@customer.example.com";
        long id = f.record("COMPLAINT", email).getJsonNumber("id").longValue();
        ok(f.qualityManager.api().post("/api/complaints/" + id + "/triage",
                Api.object().add("validity", "INVALID").add("invalidReason", "承运商运输损坏 damaged by the carrier")));
        JsonObject draft = ok(f.clerk.api().get("/api/complaints/" + id + "/signoff/draft?purpose=INVALID_EXPLANATION&language=zh-CN"));
        assertThat(draft.getString("text")).contains("承运商运输损坏 damaged by the carrier", "尊敬的李经理 Li");

        ok(f.reply(f.clerk, id, "INVALID_EXPLANATION", "EMAIL", true));
        String token = tokenMailedTo(email, 0);
        assertThat(ok(Api.anonymous().get("/api/public/confirmations/" + token)).getString("purpose")).isEqualTo("INVALID_EXPLANATION");
        ok(Api.anonymous().post("/api/public/confirmations/" + token, Api.object().add("answer", "NOT_RESOLVED").add("comment", "包装完好 the box was intact")));
        assertThat(status(id, f.qualityManager)).isEqualTo("REOPENED");
    }

    @Test
    void thanksForPraiseAreMailedAndSharedWithTheDepartment() {
        String email = TestUsers.unique("praise") + "@customer.example.com";
        JsonObject praise = f.record("PRAISE", email);
        long id = praise.getJsonNumber("id").longValue();
        f.triage(id, false);
        String draft = ok(f.clerk.api().get("/api/complaints/" + id + "/signoff/draft?purpose=THANKS&language=en")).getString("text");
        assertThat(draft).contains("Thank you very much", praise.getString("number"));
        assertThat(f.clerk.api().post("/api/complaints/" + id + "/signoff/replies", Api.object().add("purpose", "THANKS").add("channel", "EMAIL")
                .add("text", draft).add("language", "en")).status()).isEqualTo(200);

        await("the thanks mail", () -> ClosureFixture.mailTextsTo(email), m -> !m.isEmpty());
        List<JsonObject> notices = f.handler.api().get("/api/me/notices").jsonArray().getValuesAs(JsonObject.class);
        assertThat(notices).anyMatch(n -> n.getString("kind").equals("PRAISE") && n.getString("subjectRef").equals(praise.getString("number")));
    }

    @Test
    void repliesAreCheckedAndTheAuditorOnlyReads() {
        long id = f.awaitingConfirmation(TestUsers.unique("audit") + "@customer.example.com", false);
        TestUser auditor = TestUsers.user("AUDITOR");
        assertThat(f.reply(auditor, id, "RESULT", "PHONE", false).status()).isEqualTo(403);
        assertThat(ok(auditor.api().get("/api/complaints/" + id + "/signoff")).getString("number")).isNotBlank();
        Api.Reply noText = f.clerk.api().post("/api/complaints/" + id + "/signoff/replies",
                Api.object().add("purpose", "RESULT").add("channel", "PHONE").add("text", " "));
        assertThat(noText.status()).isEqualTo(400);
        Api.Reply thanksAsking = f.reply(f.clerk, id, "THANKS", "EMAIL", true);
        assertThat(thanksAsking.status()).isEqualTo(400);
        assertThat(f.clerk.api().get("/api/complaints/" + id + "/signoff/replies").jsonArray()).isEmpty();
    }

    @Test
    void templatesAreEditedWithOptimisticLocking() {
        List<JsonObject> templates = f.qualityManager.api().get("/api/reply-templates").jsonArray().getValuesAs(JsonObject.class);
        assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
        JsonObject info = templates.stream().filter(t -> t.getString("purpose").equals("INFORMATION") && t.getString("language").equals("en"))
                .findFirst().orElseThrow();
        String path = "/api/reply-templates/" + info.getJsonNumber("id");
        var edit = Api.object().add("subject", info.getString("subject")).add("body", info.getString("body") + " " + TestUsers.unique("v"))
                .add("version", info.getJsonNumber("version").longValue()).build();
        assertThat(f.clerk.api().put(path, edit).status()).isEqualTo(403);
        assertThat(f.qualityManager.api().put(path, edit).status()).isEqualTo(200);
        assertThat(f.qualityManager.api().put(path, edit).status()).as("stale version").isEqualTo(409);
    }
}
