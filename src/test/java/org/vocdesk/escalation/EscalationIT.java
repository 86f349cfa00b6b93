package org.vocdesk.escalation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation end to end against the running server, whose timers run every {@link TestServer#TIMER_PERIOD_SECONDS}
 * seconds and whose e-mail goes to GreenMail in this JVM: overdue complaints notify handler and department
 * manager once each, in their language, by notice and e-mail; closing stops the remaining steps; a major
 * complaint tells the quality and general managers at once; a mail server that is down delays mail only.
 */
class EscalationIT {

    static TestUser clerk;
    static TestUser qualityManager;
    static TestUser generalManager;
    static TestUser manager;
    static TestUser handler;
    static TestDepartment department;

    @BeforeAll
    static void organisation() {
        clerk = TestUsers.user("CLERK");
        qualityManager = TestUsers.user("QUALITY_MANAGER");
        generalManager = TestUsers.user("GENERAL_MANAGER");
        manager = TestUsers.user("DEPARTMENT_MANAGER");
        department = TestUsers.department("质量部 Escalation", manager.id());
        handler = TestUsers.user(department.id(), "HANDLER");
        Api.Reply english = handler.api().put("/api/me/locale", Api.object().add("locale", "en"));
        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        // the manager keeps the default language, Chinese
    }

    static JsonObject record(String receivedAt, boolean major) {
        // delivery (2): closes without an 8D report
        var body = Api.object().add("channel", "PHONE").add("type", "COMPLAINT").add("categoryId", 2)
                .add("contactName", "王工").add("product", TestUsers.unique("ESC")).add("customerWords", "超期测试 overdue test")
                .add("urgency", "HIGH").add("receivedAt", receivedAt);
        if (major) {
            body.add("majorReasons", Api.strings("INJURY"));
        }
        Api.Reply reply = clerk.api().post("/api/complaints", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static void triage(long id) {
        JsonObject decision = Api.object().add("validity", "VALID").add("priority", "HIGH").add("departmentId", department.id())
                .add("handlerId", handler.id()).add("majorReasons", Api.strings()).add("comment", "escalation test").build();
        Api.Reply reply = qualityManager.api().post("/api/complaints/" + id + "/triage", decision);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static List<JsonObject> notices(TestUser user, String number) {
        Api.Reply reply = user.api().get("/api/me/notices?state=all&max=500");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream().filter(n -> n.getString("subjectRef").equals(number)).toList();
    }

    static List<String> levels(List<JsonObject> notices) {
        return notices.stream().map(n -> n.getString("kind") + "/" + n.getString("level")).sorted().toList();
    }

    static List<MimeMessage> mailsTo(TestUser user, String number) {
        return TestServer.receivedMails().stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(user.username() + "@")
                        && m.getSubject().contains(number);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plusSeconds(90);
        T last = probe.get();
        while (!done.test(last)) {
            assertThat(Instant.now()).as("waiting for " + what + "; last: " + last).isBefore(deadline);
            sleep(Duration.ofMillis(500));
            last = probe.get();
        }
        return last;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String body(MimeMessage message) {
        try {
            message.getContent(); // parse
            var out = new java.io.ByteArrayOutputStream();
            message.writeTo(out);
            return jakarta.mail.internet.MimeUtility.decodeText(message.getSubject()) + "\n"
                    + decodeParts(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decodeParts(MimeMessage message) throws Exception {
        var multipart = (jakarta.mail.Multipart) message.getContent();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            text.append(multipart.getBodyPart(i).getContent()).append('\n');
        }
        return text.toString();
    }

    @Test
    void anOverdueComplaintNotifiesHandlerAndManagerOnceEachByNoticeAndMailInTheirLanguage() {
        JsonObject complaint = record("2025-01-24T02:00:00Z", false);
        long id = complaint.getJsonNumber("id").longValue();
        String number = complaint.getString("number");
        triage(id);

        List<String> expectedHandler = List.of("FIRST_REPLY/HANDLER", "RESPONSE/HANDLER");
        List<String> expectedManager = List.of("FIRST_REPLY/DEPARTMENT_MANAGER", "RESPONSE/DEPARTMENT_MANAGER");
        await("handler notices", () -> levels(notices(handler, number)), l -> l.equals(expectedHandler));
        await("manager notices", () -> levels(notices(manager, number)), l -> l.equals(expectedManager));
        await("quality manager notices", () -> levels(notices(qualityManager, number)),
                l -> l.equals(List.of("FIRST_REPLY/QUALITY_MANAGER", "RESPONSE/QUALITY_MANAGER")));

        sleep(Duration.ofSeconds(3L * TestServer.TIMER_PERIOD_SECONDS + 1));
        assertThat(levels(notices(handler, number))).isEqualTo(expectedHandler);
        assertThat(levels(notices(manager, number))).isEqualTo(expectedManager);

        JsonObject notice = notices(handler, number).get(0);
        assertThat(notice.getString("link")).isEqualTo("/app/complaints/view.xhtml?id=" + id);
        assertThat(notice.getJsonNumber("lateSeconds").longValue()).isPositive();

        List<MimeMessage> english = await("handler mails", () -> mailsTo(handler, number), m -> m.size() >= 2);
        sleep(Duration.ofSeconds(2L * TestServer.TIMER_PERIOD_SECONDS + 1));
        assertThat(mailsTo(handler, number)).hasSize(2);
        String englishText = body(english.get(0));
        assertThat(englishText).contains("overdue work", number, TestServer.baseUrl() + "/app/complaints/view.xhtml?id=" + id)
                .contains("has passed; escalated to you as handler");

        List<MimeMessage> chinese = await("manager mails", () -> mailsTo(manager, number), m -> m.size() >= 2);
        assertThat(body(chinese.get(0))).contains("超期事项", "作为部门经理升级给您", "/app/complaints/view.xhtml?id=" + id);

        // acknowledge one notice with a comment: it leaves the open list, and only once
        long noticeId = notice.getJsonNumber("id").longValue();
        Api.Reply ack = handler.api().post("/api/me/notices/" + noticeId + "/acknowledgement", Api.object().add("comment", "已联系客户 called the customer"));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(ack.json().getString("acknowledgedBy")).isEqualTo(handler.username());
        assertThat(handler.api().post("/api/me/notices/" + noticeId + "/acknowledgement", Api.object()).status()).isEqualTo(409);
        assertThat(manager.api().post("/api/me/notices/" + noticeId + "/acknowledgement", Api.object()).status()).isEqualTo(404);
        assertThat(handler.api().get("/api/me/notices").jsonArray().getValuesAs(JsonObject.class))
                .noneMatch(n -> n.getJsonNumber("id").longValue() == noticeId);
    }

    @Test
    void closingTheComplaintCancelsTheStepsThatAreNotDueYet() {
        // received a moment ago: nothing due yet, every step pending
        JsonObject complaint = record(Instant.now().minusSeconds(60).toString(), false);
        long id = complaint.getJsonNumber("id").longValue();
        triage(id);
        List<JsonObject> steps = await("planned steps", () -> steps(id), s -> !s.isEmpty());
        assertThat(steps).allMatch(s -> s.getString("status").equals("PENDING"));

        Api.Reply reply = qualityManager.api().post("/api/complaints/" + id + "/first-reply", Api.object().add("summary", "called"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        await("first-reply steps cancelled", () -> steps(id), s -> s.stream()
                .filter(x -> x.getString("kind").equals("FIRST_REPLY")).allMatch(x -> x.getString("status").equals("CANCELLED")));

        close(id);
        List<JsonObject> after = await("all steps cancelled", () -> steps(id),
                s -> s.stream().allMatch(x -> x.getString("status").equals("CANCELLED")));
        assertThat(after).isNotEmpty();
        assertThat(notices(handler, complaint.getString("number"))).isEmpty();
    }

    static void close(long id) {
        String path = "/api/complaints/" + id;
        for (String step : List.of("/investigation", "/confirmation-request", "/closure")) {
            Api.Reply reply = qualityManager.api().post(path + step, Api.object().add("comment", "done"));
            assertThat(reply.status()).as(step + ": " + reply).isEqualTo(200);
        }
    }

    static List<JsonObject> steps(long complaintId) {
        Api.Reply reply = qualityManager.api().get("/api/escalations/complaints/" + complaintId + "/steps");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aMajorComplaintNotifiesTheQualityAndGeneralManagersOnceAtIntake() {
        JsonObject complaint = record(Instant.now().minusSeconds(60).toString(), true);
        assertThat(complaint.getBoolean("major")).isTrue();
        String number = complaint.getString("number");

        await("quality manager told", () -> levels(notices(qualityManager, number)), l -> l.equals(List.of("MAJOR_COMPLAINT/QUALITY_MANAGER")));
        await("general manager told", () -> levels(notices(generalManager, number)), l -> l.equals(List.of("MAJOR_COMPLAINT/GENERAL_MANAGER")));
        await("mail to the general manager", () -> mailsTo(generalManager, number), m -> m.size() == 1);
        sleep(Duration.ofSeconds(3L * TestServer.TIMER_PERIOD_SECONDS + 1));
        assertThat(levels(notices(qualityManager, number))).containsExactly("MAJOR_COMPLAINT/QUALITY_MANAGER");
        assertThat(levels(notices(generalManager, number))).containsExactly("MAJOR_COMPLAINT/GENERAL_MANAGER");
        assertThat(mailsTo(generalManager, number)).hasSize(1);
        assertThat(notices(generalManager, number).get(0).getString("reason")).contains("major complaint");
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailAndItIsSentOnceWhenItIsBack() {
        TestServer.mail(); // started with the server
        TestServer.stopMail();
        try {
            JsonObject complaint = record(Instant.now().minusSeconds(60).toString(), true);
            String number = complaint.getString("number");
            await("a failing mail in the outbox", () -> outbox(number),
                    rows -> rows.stream().anyMatch(r -> r.getInt("attempts") >= 1 && r.get("lastError") != null
                            && r.get("lastError") != JsonValue.NULL && r.getString("status").equals("PENDING")));
            assertThat(mailsTo(generalManager, number)).isEmpty();
            TestServer.startMail();
            await("mail sent after the server came back", () -> mailsTo(generalManager, number), m -> m.size() == 1);
            await("outbox row sent", () -> outbox(number), rows -> rows.stream().allMatch(r -> r.getString("status").equals("SENT")));
            sleep(Duration.ofSeconds(3L * TestServer.TIMER_PERIOD_SECONDS + 1));
            assertThat(mailsTo(generalManager, number)).hasSize(1);
        } finally {
            TestServer.startMail();
        }
    }

    static List<JsonObject> outbox(String number) {
        Api.Reply reply = Api.admin().get("/api/admin/outbox?max=1000");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getBoolean("smtpConfigured")).isTrue();
        return reply.json().getJsonArray("mails").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("subject").contains(number)).toList();
    }
}
