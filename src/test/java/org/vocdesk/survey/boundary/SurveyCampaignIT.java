package org.vocdesk.survey.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole campaign against the running server with GreenMail: eligible customers invited by e-mail in their
 * language, a response saved, resumed and submitted by the link, scored, an improvement action opened for the
 * department manager and watched by the escalation engine; misuse of links; a paper entry; reminders; the
 * analysis; the questionnaire version locked.
 */
class SurveyCampaignIT {

    private static final Pattern LINK = Pattern.compile("/public/survey\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

    static TestUser clerk;
    static TestUser manager;
    static TestDepartment department;
    static int minTransactions = 3;
    /**
     * Eligibility counts transactions dated within the campaign's period, and only the survey tests record any:
     * every campaign of the run gets a year of its own, so customers of other tests never count in it.
     */
    private static int lastYear = 1989;
    static int year;

    @BeforeAll
    static void organisation() {
        clerk = TestUsers.user("CLERK");
        manager = TestUsers.user("DEPARTMENT_MANAGER");
        department = TestUsers.department("服务部 Survey", manager.id());
        nextYear();
    }

    /** A year no campaign of this run has used yet; customers made after this call get their orders in it. */
    static synchronized int nextYear() {
        year = ++lastYear;
        return year;
    }

    @Test
    void campaignByMailToScoredResponseAndImprovementAction() {
        nextYear();
        String run = TestUsers.unique("S");
        long zhCustomer = customer(run + "A", "zh-" + run + "@example.com", minTransactions);
        customer(run + "B", "en-" + run + "@example.com", minTransactions + 1);
        long paperCustomer = customer(run + "C", null, minTransactions);
        customer(run + "D", "few-" + run + "@example.com", minTransactions - 1);

        JsonObject draft = created(clerk.api().post("/api/surveys/campaigns", campaign("年度满意度 " + run, Instant.now().plusSeconds(7 * 86_400))));
        assertThat(draft.getInt("eligible")).isEqualTo(3);
        assertThat(draft.getJsonNumber("eligiblePercent").doubleValue()).isGreaterThan(0);
        long id = draft.getJsonNumber("id").longValue();

        var launch = Json.createObjectBuilder().add("languages", Json.createObjectBuilder().add(run + "B", "en"));
        JsonObject live = ok(clerk.api().post("/api/surveys/campaigns/" + id + "/launch", launch));
        assertThat(live.getString("status")).isEqualTo("LIVE");
        assertThat(live.getInt("issued")).isEqualTo(3);

        MimeMessage zhMail = awaitMail("zh-" + run, "年度满意度 " + run);
        assertThat(subject(zhMail)).startsWith("顾客满意度调查");
        assertThat(subject(awaitMail("en-" + run, run))).startsWith("Customer satisfaction survey");
        String token = token(zhMail);

        JsonObject form = ok(Api.anonymous().get("/api/public/surveys/" + token));
        assertThat(form.getString("title")).contains("技术支持");
        List<JsonObject> questions = form.getJsonArray("questions").getValuesAs(JsonObject.class);
        long first = questions.get(0).getJsonNumber("id").longValue();

        // resumable: part saved now, found again later
        ok(Api.anonymous().put("/api/public/surveys/" + token, Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("questionId", first).add("rating", "NOT_SATISFIED")))));
        assertThat(ok(Api.anonymous().get("/api/public/surveys/" + token)).getJsonArray("answers")).hasSize(1);

        Api.Reply incomplete = Api.anonymous().language("en").post("/api/public/surveys/" + token + "/submit",
                Json.createObjectBuilder().add("answers", Json.createArrayBuilder()));
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(incomplete.detail()).contains("Question 2 is not answered");

        ok(Api.anonymous().post("/api/public/surveys/" + token + "/submit", answers(Map.of(first, "NOT_SATISFIED"), questions, true)));
        Api.Reply again = Api.anonymous().language("en").post("/api/public/surveys/" + token + "/submit", answers(Map.of(), questions, true));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("already been answered");
        assertThat(Api.anonymous().get("/api/public/surveys/" + token).status()).isEqualTo(409);

        JsonObject response = responseOf(id, zhCustomer);
        assertThat(response.getString("status")).isEqualTo("SUBMITTED");
        assertThat(response.getString("mode")).isEqualTo("ONLINE");
        assertThat(response.getJsonNumber("score").doubleValue()).isEqualTo(85.6); // (20 x 60 + 80 x 92) / 100
        assertThat(response.getString("band")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(response.getString("suggestion")).isEqualTo("希望更快响应");
        long improvementId = response.getJsonNumber("improvementId").longValue();

        JsonObject action = clerk.api().get("/api/surveys/campaigns/" + id + "/improvements").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getJsonNumber("id").longValue() == improvementId).findFirst().orElseThrow();
        assertThat(action.getJsonNumber("ownerId").longValue()).isEqualTo(manager.id());
        assertThat(action.getJsonNumber("departmentId").longValue()).isEqualTo(department.id());
        assertThat(action.getString("reason")).contains("服务响应的及时性").contains("Timeliness of our response");
        awaitSteps(improvementId);

        // staff enter the paper form of the customer without e-mail, marked as such
        long paperInvitation = responseOf(id, paperCustomer).getJsonNumber("id").longValue();
        Api.Reply wrongMode = clerk.api().language("en").post("/api/surveys/invitations/" + paperInvitation + "/entry",
                answers(Map.of(), questions, false).add("mode", "ONLINE"));
        assertThat(wrongMode.status()).isEqualTo(400);
        JsonObject paper = ok(clerk.api().post("/api/surveys/invitations/" + paperInvitation + "/entry",
                answers(Map.of(), questions, false).add("mode", "PAPER")));
        assertThat(paper.getString("mode")).isEqualTo("PAPER");
        assertThat(paper.getJsonNumber("score").doubleValue()).isEqualTo(92.0);
        assertThat(paper.get("improvementId")).isIn(null, jakarta.json.JsonValue.NULL);

        // reminders reach only who has not answered
        assertThat(ok(clerk.api().post("/api/surveys/campaigns/" + id + "/reminders", Json.createObjectBuilder())).getInt("sent")).isEqualTo(1);
        assertThat(subject(awaitMail("en-" + run, "Reminder"))).contains(run);

        JsonObject analysis = ok(clerk.api().get("/api/surveys/campaigns/" + id + "/analysis"));
        assertThat(analysis.getInt("issued")).isEqualTo(3);
        assertThat(analysis.getInt("returned")).isEqualTo(2);
        assertThat(analysis.getJsonNumber("returnedOfIssued").doubleValue()).isEqualTo(66.7);
        JsonObject service = analysis.getJsonArray("projectTypes").getJsonObject(0);
        assertThat(service.getJsonNumber("average").doubleValue()).isEqualTo(88.8);
        assertThat(analysis.getJsonArray("improvements")).hasSize(1);
        assertThat(analysis.getJsonArray("reasons").getJsonObject(0).getString("notSatisfiedItems")).contains("服务响应的及时性");

        // the version answered is locked; a new version can be edited
        JsonObject version1 = templateOf("TECHNICAL_SERVICE", 1);
        long version1Id = version1.getJsonNumber("id").longValue();
        Api.Reply locked = Api.admin().language("en").put("/api/surveys/templates/" + version1Id + "/questions", version1.getJsonArray("questions"));
        assertThat(locked.status()).as(locked.toString()).isEqualTo(409);
        assertThat(locked.detail()).contains("create a new version");
        JsonObject version2 = created(Api.admin().post("/api/surveys/templates/" + version1Id + "/versions", Json.createObjectBuilder()));
        assertThat(version2.getBoolean("locked")).isFalse();
        ok(Api.admin().put("/api/surveys/templates/" + version2.getJsonNumber("id") + "/questions", version1.getJsonArray("questions")));
    }

    @Test
    void forgedAndExpiredLinksAreRefusedAndChangeNothing() throws InterruptedException {
        assertThat(Api.anonymous().language("en").get("/api/public/surveys/not-a-token").detail()).contains("not valid");
        Api.Reply forged = Api.anonymous().post("/api/public/surveys/" + "A".repeat(43) + "/submit", Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder()));
        assertThat(forged.status()).isEqualTo(404);

        nextYear();
        String run = TestUsers.unique("X");
        customer(run, "late-" + run + "@example.com", minTransactions + 2);
        JsonObject draft = created(clerk.api().post("/api/surveys/campaigns",
                campaign("过期测试 " + run, Instant.now().plusSeconds(20)).add("minTransactions", minTransactions + 2)));
        ok(clerk.api().post("/api/surveys/campaigns/" + draft.getJsonNumber("id") + "/launch", Json.createObjectBuilder()));
        String token = token(awaitMail("late-" + run, run));
        assertThat(Api.anonymous().get("/api/public/surveys/" + token).status()).isEqualTo(200);
        while (Instant.now().isBefore(Instant.parse(draft.getString("respondBy")).plusSeconds(1))) {
            Thread.sleep(500);
        }
        Api.Reply expired = Api.anonymous().language("en").put("/api/public/surveys/" + token, Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder()));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.detail()).contains("deadline for answers has passed");
    }

    static JsonObject templateOf(String projectType, int revision) {
        return clerk.api().get("/api/surveys/templates").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("projectType").equals(projectType) && t.getInt("revision") == revision)
                .findFirst().orElseThrow();
    }

    static jakarta.json.JsonObjectBuilder campaign(String name, Instant respondBy) {
        return Api.object().add("name", name).add("periodKind", "ANNUAL").add("periodStart", year + "-01-01")
                .add("respondBy", respondBy.toString()).add("minTransactions", minTransactions).add("projectType", "TECHNICAL_SERVICE")
                .add("departmentId", department.id());
    }

    /** Every rated item SATISFIED unless given, the suggestion "yes" with a text when complete. */
    static jakarta.json.JsonObjectBuilder answers(Map<Long, String> ratings, List<JsonObject> questions, boolean withSuggestion) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObject q : questions) {
            long id = q.getJsonNumber("id").longValue();
            switch (q.getString("kind")) {
                case "RATING" -> all.add(Json.createObjectBuilder().add("questionId", id).add("rating", ratings.getOrDefault(id, "SATISFIED")));
                case "SUGGESTION" -> all.add(withSuggestion ? Json.createObjectBuilder().add("questionId", id).add("choice", 1).add("text", "希望更快响应")
                        : Json.createObjectBuilder().add("questionId", id).add("choice", 0));
                default -> { }
            }
        }
        return Json.createObjectBuilder().add("answers", all);
    }

    /** A customer with that many orders in the current test's year (the customer file's all-time count says 100). */
    static long customer(String code, String email, int transactions) {
        var body = Api.object().add("code", code).add("name", "满意度客户 " + code).add("transactionCount", 100);
        if (email != null) {
            body.add("email", email);
        }
        long id = created(clerk.api().post("/api/customers", body)).getJsonNumber("id").longValue();
        orders(code, year, transactions);
        return id;
    }

    /** Records so many orders of the customer in that year, one a week from January 2. */
    static void orders(String code, int inYear, int count) {
        if (count == 0) {
            return;
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            lines.add(Json.createObjectBuilder().add("customerCode", code).add("reference", "SO-" + inYear + "-" + i)
                    .add("date", java.time.LocalDate.of(inYear, 1, 2).plusWeeks(i).toString()).add("quantity", 10));
        }
        ok(clerk.api().post("/api/surveys/transactions", lines.build()));
    }

    static JsonObject responseOf(long campaignId, long customerId) {
        return clerk.api().get("/api/surveys/campaigns/" + campaignId + "/responses").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("customerId").longValue() == customerId).findFirst().orElseThrow();
    }

    static void awaitSteps(long improvementId) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            List<String> kinds = Api.admin().get("/api/escalations/steps?max=1000").jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("subjectType").equals("SURVEY_IMPROVEMENT") && s.getJsonNumber("subjectId").longValue() == improvementId)
                    .map(s -> s.getString("kind")).distinct().sorted().toList();
            if (kinds.equals(List.of("SURVEY_ACTION", "SURVEY_REPLY"))) {
                return;
            }
            assertThat(Instant.now()).as("escalation steps of the improvement action; seen " + kinds).isBefore(deadline);
            pause();
        }
    }

    static MimeMessage awaitMail(String recipientPart, String subjectPart) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            for (MimeMessage m : TestServer.receivedMails()) {
                try {
                    if (m.getRecipients(Message.RecipientType.TO)[0].toString().contains(recipientPart) && subject(m).contains(subjectPart)) {
                        return m;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            assertThat(Instant.now()).as("mail to " + recipientPart + " about " + subjectPart).isBefore(deadline);
            pause();
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(MimeMessage m) {
        try {
            Object content = m.getContent();
            String text = content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
            Matcher found = LINK.matcher(text);
            assertThat(found.find()).as(text).isTrue();
            return found.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
