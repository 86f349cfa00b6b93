package org.vocdesk.escalation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.MailCatcher;
import org.vocdesk.it.OwnServer;
import org.vocdesk.it.ServerNode;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static java.time.temporal.ChronoUnit.MINUTES;
import static java.time.temporal.ChronoUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Escalation as time moves, on a server of its own whose test clock the test sets (the shared server's clock
 * is real) and which sends notices only in working time, as production does by default. One overdue
 * complaint is followed level by level: nothing before a step is due, exactly one notice and one e-mail to
 * the right people after; the mail server down and back (no loss, no duplicate); the server killed right after
 * a step fell due and restarted (sent once); a step due at night held until the next working morning. Then a
 * complaint that waits on the customer: no escalation meanwhile, the deadline moved by the working time waited.
 * Last, a holiday added to the calendar moves the pending steps.
 */
@OwnServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationTimeIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 8 June 2026, 09:00 in Shanghai: an ordinary working week (no holiday until the 19th). */
    private static final Instant MONDAY_NINE = at("2026-06-08T09:00");

    static ServerNode node;
    static MailCatcher mail;
    static TestUser clerk;
    static TestUser qualityManager;
    static TestUser generalManager;
    static TestUser manager;
    static TestUser handler;
    static long departmentId;

    @BeforeAll
    static void start() {
        ServerNode.onlyInTheH2Phase();
        mail = new MailCatcher();
        Map<String, String> env = new java.util.HashMap<>(ServerNode.h2(Path.of("target/it-escalation-time/h2-" + System.currentTimeMillis())));
        env.putAll(mail.serverEnv(2));
        env.put("VOCDESK_ESCALATION_WORKING_TIME_ONLY", "true");
        node = new ServerNode(ServerNode.port(0), Path.of("target/it-escalation-time"), true, env);
        node.start(MONDAY_NINE);
        clerk = node.user(null, "CLERK");
        qualityManager = node.user(null, "QUALITY_MANAGER");
        generalManager = node.user(null, "GENERAL_MANAGER");
        manager = node.user(null, "DEPARTMENT_MANAGER");
        Api.Reply department = node.admin().post("/api/departments", Api.object().add("code", TestUsers.unique("D"))
                .add("name", "时间部 Time").add("managerId", manager.id()));
        assertThat(department.status()).as(department.toString()).isEqualTo(201);
        departmentId = department.json().getJsonNumber("id").longValue();
        handler = node.user(departmentId, "HANDLER");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
        if (mail != null) {
            mail.down();
        }
    }

    @Test
    @Order(1)
    void anOverdueComplaintNotifiesEachLevelOnceAtItsMomentThroughMailOutageRestartAndNight() {
        assertThat(clock().getString("now")).startsWith("2026-06-08T01:0"); // the marker's instant, running on

        JsonObject complaint = record(MONDAY_NINE);
        long id = complaint.getJsonNumber("id").longValue();
        String number = complaint.getString("number");
        triage(id);
        JsonObject handlerStep = await("planned steps", () -> step(id, "FIRST_REPLY", "HANDLER"), s -> s != null);
        Instant firstReplyDue = Instant.parse(handlerStep.getString("deadline"));
        assertThat(firstReplyDue).isEqualTo(at("2026-06-10T09:00")); // 2 working days

        // the handler: nothing a minute before the breach, exactly once after it
        moveTo(firstReplyDue.minusSeconds(60));
        quietFor(Duration.ofSeconds(6));
        assertThat(levels(handler, number)).doesNotContain("FIRST_REPLY/HANDLER");
        moveTo(firstReplyDue.plusSeconds(60));
        await("handler notified", () -> levels(handler, number), l -> l.contains("FIRST_REPLY/HANDLER"));
        awaitMailsMatchNotices(handler, number);

        // the department manager, 4 working hours later, while the mail server is down: the notice at once,
        // the e-mail once the server is back, and only one
        Instant managerDue = due(id, "FIRST_REPLY", "DEPARTMENT_MANAGER");
        assertThat(managerDue).isEqualTo(at("2026-06-10T14:00"));
        mail.down();
        moveTo(managerDue.plusSeconds(60));
        await("manager notified in the application", () -> levels(manager, number), l -> l.contains("FIRST_REPLY/DEPARTMENT_MANAGER"));
        quietFor(Duration.ofSeconds(6)); // several failed attempts
        assertThat(mail.to(manager.username(), number)).isEmpty();
        mail.up();
        awaitMailsMatchNotices(manager, number);

        // the quality manager: the server is killed the moment the step fell due and started again. Other steps fall
        // due at that moment too; a kill in the middle of their SMTP conversation cannot know whether the mail went
        // out, so its lease sends it again with the same Message-ID: each mail counts once by its ID.
        Instant qualityDue = due(id, "FIRST_REPLY", "QUALITY_MANAGER");
        moveTo(qualityDue.plusSeconds(60));
        node.kill();
        node.start(qualityDue.plusSeconds(90));
        await("quality manager notified", () -> levels(qualityManager, number), l -> l.contains("FIRST_REPLY/QUALITY_MANAGER"));
        awaitMailsMatchNotices(qualityManager, number);

        // the general manager's step falls due Friday 09:00, but the timer first runs at 20:00 (the server was
        // down all day): held until work starts on Monday, then sent once
        Instant generalDue = due(id, "FIRST_REPLY", "GENERAL_MANAGER");
        assertThat(generalDue).isEqualTo(at("2026-06-12T09:00"));
        moveTo(at("2026-06-12T20:00"));
        JsonObject held = await("general manager step held", () -> step(id, "FIRST_REPLY", "GENERAL_MANAGER"),
                s -> "held until working time".equals(s.getString("note", null)));
        assertThat(held.getString("status")).isEqualTo("PENDING");
        assertThat(Instant.parse(held.getString("dueAt"))).isEqualTo(at("2026-06-15T08:30"));
        assertThat(levels(generalManager, number)).doesNotContain("FIRST_REPLY/GENERAL_MANAGER");
        moveTo(at("2026-06-15T08:31"));
        await("general manager notified", () -> levels(generalManager, number), l -> l.contains("FIRST_REPLY/GENERAL_MANAGER"));
        awaitMailsMatchNotices(generalManager, number);

        // nobody got any level twice, every e-mail went once (by its Message-ID), and each level reached only its own people
        quietFor(Duration.ofSeconds(6));
        for (TestUser user : List.of(handler, manager, qualityManager, generalManager)) {
            awaitMailsMatchNotices(user, number);
            assertThat(levels(user, number)).as(user.username()).doesNotHaveDuplicates();
        }
        assertThat(levels(handler, number)).allMatch(l -> l.endsWith("/HANDLER") || l.endsWith("/WARNING"));
        assertThat(levels(manager, number)).allMatch(l -> l.endsWith("/DEPARTMENT_MANAGER"));
        assertThat(levels(qualityManager, number)).allMatch(l -> l.endsWith("/QUALITY_MANAGER"));
        assertThat(levels(generalManager, number)).allMatch(l -> l.endsWith("/GENERAL_MANAGER"));

        // the kill left nothing half done: no step stays claimed, every sent step has its notice and vice versa
        List<JsonObject> steps = as(qualityManager).get("/api/escalations/complaints/" + id + "/steps").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(steps).noneMatch(s -> s.getString("status").equals("CLAIMED"));
        List<String> sent = steps.stream().filter(s -> s.getString("status").equals("SENT"))
                .map(s -> s.getString("kind") + "/" + s.getString("level")).sorted().toList();
        List<String> noticed = java.util.stream.Stream.of(handler, manager, qualityManager, generalManager)
                .flatMap(u -> levels(u, number).stream()).sorted().toList();
        assertThat(noticed).isEqualTo(sent);
    }

    @Test
    @Order(2)
    void waitingOnTheCustomerStopsTheEscalationAndTheResumedDeadlineEscalatesLater() {
        moveTo(at("2026-06-22T09:00")); // Monday, after the scenario above
        JsonObject complaint = record(at("2026-06-22T09:00"));
        long id = complaint.getJsonNumber("id").longValue();
        String number = complaint.getString("number");
        triage(id);
        await("planned steps", () -> step(id, "FIRST_REPLY", "HANDLER"), s -> s != null);

        moveTo(at("2026-06-22T09:00"));
        Api.Reply waiting = as(handler).post("/api/complaints/" + id + "/customer-wait", Api.object().add("comment", "需要照片 photos needed"));
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        assertThat(waiting.json().getBoolean("waitingOnCustomer")).isTrue();
        await("steps cancelled while waiting", () -> step(id, "FIRST_REPLY", "HANDLER"), s -> s == null);

        moveTo(at("2026-06-22T11:00")); // two working hours later the customer answers
        Api.Reply resumed = as(handler).post("/api/complaints/" + id + "/customer-wait/end", Api.object().add("comment", "photos received"));
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        // the clock ran a few seconds between the requests, so "two hours" is two hours give or take a minute
        assertThat(Instant.parse(resumed.json().getString("firstReplyDue"))).isCloseTo(at("2026-06-24T11:00"), within(1, MINUTES));
        assertThat(Instant.parse(resumed.json().getString("responseDue"))).isCloseTo(at("2026-06-25T11:00"), within(1, MINUTES));
        JsonObject replanned = await("steps planned again", () -> step(id, "FIRST_REPLY", "HANDLER"), s -> s != null);
        assertThat(Instant.parse(replanned.getString("deadline")))
                .isCloseTo(Instant.parse(resumed.json().getString("firstReplyDue")), within(1, SECONDS));

        moveTo(at("2026-06-24T10:30")); // past the old deadline, before the moved one
        quietFor(Duration.ofSeconds(6));
        assertThat(levels(handler, number)).doesNotContain("FIRST_REPLY/HANDLER");
        moveTo(at("2026-06-24T11:02"));
        await("handler notified after the moved deadline", () -> levels(handler, number), l -> l.contains("FIRST_REPLY/HANDLER"));
        quietFor(Duration.ofSeconds(4));
        assertThat(levels(handler, number)).containsOnlyOnce("FIRST_REPLY/HANDLER");
    }

    @Test
    @Order(3)
    void aCalendarChangeMovesTheStepsEvenWhereTheComplaintsDeadlineStays() {
        moveTo(at("2026-06-29T09:00")); // Monday
        long id = record(at("2026-06-29T09:00")).getJsonNumber("id").longValue();
        triage(id);
        await("planned steps", () -> step(id, "FIRST_REPLY", "QUALITY_MANAGER"), s -> s != null);
        assertThat(due(id, "FIRST_REPLY", "HANDLER")).isEqualTo(at("2026-07-01T09:00"));
        assertThat(due(id, "FIRST_REPLY", "QUALITY_MANAGER")).isEqualTo(at("2026-07-02T09:00")); // 1 working day after

        // Thursday becomes a holiday: the first-reply deadline (Wednesday) stays, its later levels move a day
        Api.Reply holiday = node.admin().put("/api/calendars/CN/days/2026-07-02", Api.object().add("kind", "HOLIDAY").add("name", "test"));
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(204);
        await("quality manager step moved", () -> due(id, "FIRST_REPLY", "QUALITY_MANAGER"), d -> d.equals(at("2026-07-03T09:00")));
        assertThat(due(id, "FIRST_REPLY", "HANDLER")).isEqualTo(at("2026-07-01T09:00"));
        assertThat(due(id, "FIRST_REPLY", "GENERAL_MANAGER")).isEqualTo(at("2026-07-06T09:00")); // Fri, weekend, Mon
        // the response deadline itself fell on Thursday: it moved, and its steps with it
        await("response steps re-planned", () -> step(id, "RESPONSE", "HANDLER").getString("deadline"),
                d -> Instant.parse(d).equals(at("2026-07-03T09:00")));
        node.admin().delete("/api/calendars/CN/days/2026-07-02");
    }

    private static JsonObject record(Instant receivedAt) {
        Api.Reply reply = as(clerk).post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", 1).add("contactName", "王工").add("product", TestUsers.unique("TIME"))
                .add("customerWords", "时间测试 time test").add("urgency", "HIGH").add("receivedAt", receivedAt.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static void triage(long id) {
        Api.Reply reply = as(qualityManager).post("/api/complaints/" + id + "/triage", Api.object().add("validity", "VALID")
                .add("priority", "HIGH").add("departmentId", departmentId).add("handlerId", handler.id())
                .add("majorReasons", Api.strings()).add("comment", "time test"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static JsonObject clock() {
        Api.Reply reply = node.admin().get("/api/test-clock");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static void moveTo(Instant at) {
        Api.Reply reply = node.admin().put("/api/test-clock", Api.object().add("at", at.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static JsonObject step(long id, String kind, String level) {
        Api.Reply reply = as(qualityManager).get("/api/escalations/complaints/" + id + "/steps");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals(kind) && s.getString("level").equals(level)
                        && !s.getString("status").equals("CANCELLED"))
                .findFirst().orElse(null);
    }

    private static Instant due(long id, String kind, String level) {
        return Instant.parse(step(id, kind, level).getString("dueAt"));
    }

    private static List<String> levels(TestUser user, String number) {
        Api.Reply reply = as(user).get("/api/me/notices?state=all&max=500");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream().filter(n -> n.getString("subjectRef").equals(number))
                .map(n -> n.getString("kind") + "/" + n.getString("level")).sorted().toList();
    }

    private static void awaitMailsMatchNotices(TestUser user, String number) {
        await("one mail per notice for " + user.username(),
                () -> mail.distinctIds(user.username(), number).size() + " mails, notices " + levels(user, number),
                s -> s.startsWith(levels(user, number).size() + " mails"));
    }

    private static Api as(TestUser user) {
        return Api.as(user.token()).on(node.baseUrl());
    }

    static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
    }

    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plusSeconds(90);
        T last = probe.get();
        while (!done.test(last)) {
            assertThat(Instant.now()).as("waiting for " + what + "; last: " + last).isBefore(deadline);
            quietFor(Duration.ofMillis(500));
            last = probe.get();
        }
        return last;
    }

    static void quietFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
