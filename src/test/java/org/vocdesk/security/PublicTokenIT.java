package org.vocdesk.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.closure.ClosureFixture;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's token pages (closure confirmation, survey, public feedback) reach only the record their token
 * names: one customer's link neither shows nor changes another's record, and a garbage or expired link gets a
 * clear message in the customer's language, on the page as over REST.
 */
class PublicTokenIT {

    private static final Pattern SURVEY_LINK = Pattern.compile("/public/survey\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final List<Long> customers = new ArrayList<>();

    @AfterAll
    static void retireSurveyCustomers() {
        // other classes' campaigns count every active customer above their threshold: these must not be among them
        customers.forEach(id -> Api.admin().post("/api/customers/" + id + "/deactivate", Api.object()));
    }

    @Test
    void aConfirmationLinkReachesOnlyItsOwnComplaint() {
        ClosureFixture f = new ClosureFixture();
        String emailA = TestUsers.unique("a") + "@customer.example.com";
        String emailB = TestUsers.unique("b") + "@customer.example.com";
        long a = f.awaitingConfirmation(emailA, false);
        long b = f.awaitingConfirmation(emailB, false);
        assertThat(f.reply(f.clerk, a, "RESULT", "EMAIL", true).status()).isEqualTo(200);
        assertThat(f.reply(f.clerk, b, "RESULT", "EMAIL", true).status()).isEqualTo(200);
        String tokenA = ClosureFixture.tokenMailedTo(emailA, 0);
        String tokenB = ClosureFixture.tokenMailedTo(emailB, 0);
        String numberA = f.qualityManager.api().get("/api/complaints/" + a).json().getString("number");
        String numberB = f.qualityManager.api().get("/api/complaints/" + b).json().getString("number");

        assertThat(Api.anonymous().get("/api/public/confirmations/" + tokenA).json().getString("number")).isEqualTo(numberA);
        PageSession.Page pageB = PageSession.anonymous().get("/public/confirm.xhtml?token=" + tokenB);
        assertThat(pageB.body()).contains(numberB).doesNotContain(numberA);

        Api.Reply answered = Api.anonymous().post("/api/public/confirmations/" + tokenA + "?complaintId=" + b,
                Api.object().add("answer", "CONFIRMED").add("complaintId", b).add("number", numberB));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(ClosureFixture.status(a, f.qualityManager)).isEqualTo("CLOSED");
        assertThat(ClosureFixture.status(b, f.qualityManager)).as("the other customer's case").isEqualTo("AWAITING_CONFIRMATION");
        assertThat(Api.anonymous().get("/api/public/confirmations/" + tokenB).json().getString("number")).isEqualTo(numberB);

        // the link of B keeps working for B only, until it expires (the test server's links live 30 s)
        Instant deadline = Instant.now().plusSeconds(120);
        while (Api.anonymous().get("/api/public/confirmations/" + tokenB).status() == 200) {
            assertThat(Instant.now()).as("link expiry").isBefore(deadline);
            pause();
        }
        assertThat(PageSession.anonymous().get("/public/confirm.xhtml?token=" + tokenB).body())
                .contains("This link has expired").doesNotContain(numberB);
        Api.Reply late = Api.anonymous().language("zh-CN").post("/api/public/confirmations/" + tokenB, Api.object().add("answer", "CONFIRMED"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.detail()).isEqualTo("此链接已过期。请与我们联系,我们会重新发送。");
        assertThat(ClosureFixture.status(b, f.qualityManager)).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void garbageLinksGetAClearMessageInTheCustomersLanguage() {
        PageSession anonymous = PageSession.anonymous();
        assertThat(anonymous.get("/public/confirm.xhtml?token=garbage%27%3Cscript%3E").body())
                .contains("This link is not valid").doesNotContain("garbage'<script>");
        assertThat(anonymous.get("/public/confirm.xhtml").body()).contains("This link is not valid");
        assertThat(anonymous.get("/public/survey.xhtml?t=" + "x".repeat(43)).body()).contains("This survey link is not valid");
        assertThat(Api.anonymous().language("zh-CN").get("/api/public/surveys/" + "x".repeat(43)).detail())
                .isEqualTo("此调查链接无效。请确认您打开的是邮件中的完整链接。");
        Api.Reply garbage = Api.anonymous().get("/api/public/confirmations/garbage");
        assertThat(garbage.status()).isEqualTo(404);
        assertThat(garbage.json().getString("refusal")).as("the page words it in the customer's language").isEqualTo("UNKNOWN");
        assertThat(new PageSession().get("/public/confirm.xhtml?token=garbage", "zh-CN").body()).contains("此链接无效");
        for (String path : List.of("/public/confirm.xhtml?token=garbage", "/public/survey.xhtml?t=garbage", "/public/feedback.xhtml",
                "/public/thanks.xhtml?n=CF000000000")) {
            PageSession.Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("at org.vocdesk.").doesNotContain("Caused by");
        }
    }

    @Test
    void aSurveyLinkReachesOnlyItsOwnInvitation() {
        String run = TestUsers.unique("T");
        // eligibility counts the orders dated in the campaign's period: 2015 is a year no other test records orders in
        // (the survey ITs count up from 1990), so only our two customers are invited
        TestUser clerk = TestUsers.user("CLERK");
        long x = customer(clerk, run + "X", "x-" + run + "@example.com");
        long y = customer(clerk, run + "Y", "y-" + run + "@example.com");
        Api.Reply draft = clerk.api().post("/api/surveys/campaigns", Api.object().add("name", "Token " + run).add("periodKind", "ANNUAL")
                .add("periodStart", "2015-01-01").add("respondBy", Instant.now().plusSeconds(86_400).toString())
                .add("minTransactions", 3).add("projectType", "TECHNICAL_SERVICE"));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json().getInt("eligible")).isEqualTo(2);
        Api.Reply launched = clerk.api().post("/api/surveys/campaigns/" + draft.json().getJsonNumber("id") + "/launch", Json.createObjectBuilder());
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
        String tokenX = surveyToken("x-" + run);
        String tokenY = surveyToken("y-" + run);

        JsonObject formX = Api.anonymous().get("/api/public/surveys/" + tokenX).json();
        JsonObject formY = Api.anonymous().get("/api/public/surveys/" + tokenY).json();
        assertThat(formX.getString("customerName")).contains(run + "X");
        assertThat(formY.getString("customerName")).contains(run + "Y");
        long question = formX.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply saved = Api.anonymous().put("/api/public/surveys/" + tokenX, Json.createObjectBuilder()
                .add("invitationId", formY.getJsonNumber("invitationId").longValue())
                .add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", question).add("rating", "NOT_SATISFIED"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getJsonNumber("invitationId").longValue()).isEqualTo(formX.getJsonNumber("invitationId").longValue());
        assertThat(Api.anonymous().get("/api/public/surveys/" + tokenX).json().getJsonArray("answers")).hasSize(1);
        assertThat(Api.anonymous().get("/api/public/surveys/" + tokenY).json().getJsonArray("answers")).as("the other customer's survey").isEmpty();
        assertThat(PageSession.anonymous().get("/public/survey.xhtml?t=" + tokenY).body()).contains("survey-title").doesNotContain(run + "X");
    }

    /** A customer with three orders in 2015. */
    private static long customer(TestUser clerk, String code, String email) {
        Api.Reply reply = clerk.api().post("/api/customers", Api.object().add("code", code).add("name", "令牌客户 " + code)
                .add("email", email));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        customers.add(id);
        var orders = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            orders.add(Json.createObjectBuilder().add("customerCode", code).add("reference", "SO-2015-" + i)
                    .add("date", "2015-0" + (i + 1) + "-15"));
        }
        Api.Reply recorded = clerk.api().post("/api/surveys/transactions", orders.build());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        return id;
    }

    private static String surveyToken(String recipientPart) {
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            for (MimeMessage m : TestServer.receivedMails()) {
                try {
                    if (m.getRecipients(Message.RecipientType.TO)[0].toString().contains(recipientPart)) {
                        Object content = m.getContent();
                        String text = content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
                        Matcher found = SURVEY_LINK.matcher(text);
                        if (found.find()) {
                            return found.group(1);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            assertThat(Instant.now()).as("survey mail to " + recipientPart).isBefore(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
