package org.vocdesk.closure;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A department with its people and complaints brought to the point of closure, and the customer's e-mails. */
public final class ClosureFixture {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/public/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    public final TestDepartment department = TestUsers.department("品质部 Quality");
    public final TestUser clerk = TestUsers.user("CLERK");
    public final TestUser qualityManager = TestUsers.user("QUALITY_MANAGER");
    public final TestUser handler = TestUsers.user(department.id(), "HANDLER");

    /**
     * A recorded complaint of this type whose contact has a unique e-mail address; returns it. Its category
     * (delivery) needs no 8D report, so closure depends on the reply, the customer and approvals alone.
     */
    public JsonObject record(String type, String email) {
        Api.Reply reply = clerk.api().post("/api/complaints", Api.object().add("channel", "EMAIL").add("type", type).add("categoryId", 2)
                .add("contactName", "李经理 Li").add("contactEmail", email).add("product", TestUsers.unique("泵 Pump"))
                .add("customerWords", "外壳开裂 cracked housing").add("urgency", "MEDIUM").add("receivedAt", Instant.now().minusSeconds(3600).toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    public void triage(long id, boolean major) {
        var decision = Api.object().add("validity", "VALID").add("priority", "MEDIUM").add("departmentId", department.id())
                .add("handlerId", handler.id());
        if (major) {
            decision.add("majorReasons", Api.strings("BATCH"));
        }
        ok(qualityManager.api().post("/api/complaints/" + id + "/triage", decision));
    }

    /** Recorded, triaged, investigated and resolved: waiting for the customer's confirmation. */
    public long awaitingConfirmation(String email, boolean major) {
        long id = record("COMPLAINT", email).getJsonNumber("id").longValue();
        triage(id, major);
        ok(handler.api().post("/api/complaints/" + id + "/investigation", Api.object().add("comment", "5-why")));
        ok(handler.api().post("/api/complaints/" + id + "/confirmation-request", Api.object().add("comment", "更换了 12 个外壳 replaced 12 housings")));
        return id;
    }

    public Api.Reply reply(TestUser by, long id, String purpose, String channel, boolean askCustomer) {
        return by.api().post("/api/complaints/" + id + "/signoff/replies", Api.object().add("purpose", purpose).add("channel", channel)
                .add("text", "我们已更换外壳 We replaced the housings").add("language", "en").add("askCustomer", askCustomer));
    }

    public static String status(long id, TestUser reader) {
        return reader.api().get("/api/complaints/" + id).json().getString("status");
    }

    /** The link's secret from the latest e-mail to this address that has one (waits for the mail timer). */
    public static String tokenMailedTo(String email, int mailsWithLinkBefore) {
        List<String> links = await("a mail with a link to " + email, () -> linksTo(email), l -> l.size() > mailsWithLinkBefore);
        return links.get(links.size() - 1);
    }

    public static List<String> linksTo(String email) {
        return TestServer.receivedMails().stream().filter(m -> to(m, email)).map(ClosureFixture::text)
                .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(2)).toList();
    }

    public static List<String> mailTextsTo(String email) {
        return TestServer.receivedMails().stream().filter(m -> to(m, email)).map(ClosureFixture::text).toList();
    }

    public static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    public static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plusSeconds(90);
        T last = probe.get();
        while (!done.test(last)) {
            assertThat(Instant.now()).as("waiting for " + what + "; last: " + last).isBefore(deadline);
            sleep(Duration.ofMillis(500));
            last = probe.get();
        }
        return last;
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean to(MimeMessage message, String email) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString().contains(email);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(multipart.getBodyPart(i).getContent()).append('\n');
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
