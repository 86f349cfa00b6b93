package org.vocdesk.escalation;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Payara Micro servers on one PostgreSQL database, both running the escalation and mail timers every
 * 2 seconds: every step of a batch of overdue complaints is notified exactly once (one notice per person
 * and step, one e-mail per notice), whichever server claims it. PostgreSQL only (-Dvocdesk.test.dbUrl=
 * jdbc:postgresql://...); the test creates a database of its own next to the given one and drops it after.
 * Also: a complaint whose planning after commit never ran is planned by the next timer run.
 */
@OwnServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationTwoNodeIT {

    private static final int COMPLAINTS = 6;

    static String adminUrl;
    static String database;
    static ServerNode first;
    static ServerNode second;
    static MailCatcher mail;

    @BeforeAll
    static void twoServersOnOneDatabase() throws SQLException {
        adminUrl = System.getProperty("vocdesk.test.dbUrl", "");
        assumeTrue(adminUrl.startsWith("jdbc:postgresql:"), "two-node test needs -Dvocdesk.test.dbUrl=jdbc:postgresql://...");
        database = "vocdesk_two_nodes_" + Long.toString(System.currentTimeMillis(), 36);
        sql(adminUrl, "CREATE DATABASE " + database);
        mail = new MailCatcher();
        Map<String, String> env = new HashMap<>(mail.serverEnv(2));
        env.put("DB_URL", ownUrl());
        env.put("DB_USER", System.getProperty("vocdesk.test.dbUser", ""));
        env.put("DB_PASSWORD", System.getProperty("vocdesk.test.dbPassword", ""));
        env.put("DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        env.put("VOCDESK_ESCALATION_WORKING_TIME_ONLY", "false"); // the test runs at any hour
        first = new ServerNode(ServerNode.port(0), Path.of("target/it-two-nodes/first"), false, env);
        second = new ServerNode(ServerNode.port(1), Path.of("target/it-two-nodes/second"), false, env);
        first.start(null); // one after the other: the first migrates the new database
        second.start(null);
    }

    @AfterAll
    static void stop() throws SQLException {
        for (ServerNode node : new ServerNode[] {first, second}) {
            if (node != null) {
                node.stop();
            }
        }
        if (mail != null) {
            mail.down();
        }
        if (database != null) {
            sql(adminUrl, "DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    @Order(1)
    void everyStepIsNotifiedExactlyOnceAcrossBothServers() throws SQLException {
        // neither server has a movable clock: the test clock is off unless switched on twice over
        assertThat(first.admin().get("/api/test-clock").status()).isEqualTo(404);

        TestUser clerk = first.user(null, "CLERK");
        TestUser qualityManager = first.user(null, "QUALITY_MANAGER");
        TestUser generalManager = first.user(null, "GENERAL_MANAGER");
        TestUser manager = first.user(null, "DEPARTMENT_MANAGER");
        Api.Reply department = first.admin().post("/api/departments", Api.object().add("code", TestUsers.unique("D"))
                .add("name", "两节点 Two nodes").add("managerId", manager.id()));
        long departmentId = department.json().getJsonNumber("id").longValue();
        TestUser handler = first.user(departmentId, "HANDLER");

        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            ServerNode via = i % 2 == 0 ? first : second; // both servers take part in planning too
            Api.Reply recorded = Api.as(clerk.token()).on(via.baseUrl()).post("/api/complaints", Api.object().add("channel", "PHONE")
                    .add("type", "COMPLAINT").add("categoryId", 1).add("contactName", "王工").add("product", TestUsers.unique("TWO"))
                    .add("customerWords", "两节点 two nodes").add("urgency", "HIGH").add("receivedAt", "2025-01-06T02:00:00Z"));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            long id = recorded.json().getJsonNumber("id").longValue();
            numbers.add(recorded.json().getString("number"));
            Api.Reply triaged = Api.as(qualityManager.token()).on(via.baseUrl()).post("/api/complaints/" + id + "/triage", Api.object()
                    .add("validity", "VALID").add("priority", "HIGH").add("departmentId", departmentId).add("handlerId", handler.id())
                    .add("majorReasons", Api.strings()).add("comment", "two nodes"));
            assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        }

        // long overdue: both chains (first reply, response) at every level, 8 steps per complaint
        int expectedSteps = COMPLAINTS * 8;
        EscalationTimeIT.await("all steps sent", () -> count("select count(*) from escalation_step where status = 'SENT'"),
                n -> n == expectedSteps);
        EscalationTimeIT.await("all mails sent", () -> count("select count(*) from mail_outbox where status = 'SENT'"),
                n -> n == count("select count(*) from notice"));
        EscalationTimeIT.quietFor(Duration.ofSeconds(6)); // both timers run a few more times: nothing more happens

        assertThat(count("select count(*) from escalation_step where status <> 'SENT'")).isZero();
        // one notice per step and person: the handler and manager once per chain, the managers once each
        assertThat(count("select count(*) from notice")).isEqualTo(COMPLAINTS * 8L);
        assertThat(count("select count(*) from (select step_id from notice group by step_id having count(*) <> 1) x")).isZero();
        for (TestUser user : List.of(handler, manager, qualityManager, generalManager)) {
            for (String number : numbers) {
                assertThat(mail.to(user.username(), number)).as(user.username() + " " + number).hasSize(2);
            }
        }
        Set<String> claimers = new TreeSet<>(strings("select distinct claimed_by from escalation_step"));
        System.out.println("[two nodes] steps claimed by " + claimers + "; mails sent by "
                + strings("select distinct claimed_by from mail_outbox"));
        assertThat(claimers).isNotEmpty();
    }

    /**
     * A node that stops between the commit of a change and the planning of its steps leaves the plan request
     * written in that transaction: simulated by removing the steps the planning made and putting back its request.
     */
    @Test
    @Order(2)
    void aComplaintWhosePlanningNeverRanIsPlannedByTheNextTimerRun() {
        TestUser clerk = second.user(null, "CLERK");
        Api.Reply recorded = Api.as(clerk.token()).on(second.baseUrl()).post("/api/complaints", Api.object().add("channel", "PHONE")
                .add("type", "COMPLAINT").add("categoryId", 1).add("contactName", "李工").add("product", TestUsers.unique("SWEEP"))
                .add("customerWords", "计划丢失 lost planning").add("urgency", "LOW").add("receivedAt", Instant.now().toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long id = recorded.json().getJsonNumber("id").longValue();
        String steps = "select count(*) from escalation_step where subject_type = 'COMPLAINT' and subject_id = " + id;
        String requests = "select count(*) from escalation_plan_request where subject_type = 'COMPLAINT' and subject_id = " + id;
        EscalationTimeIT.await("planned after commit", () -> count(steps) + " steps, " + count(requests) + " requests",
                s -> !s.startsWith("0 ") && s.endsWith(" 0 requests"));

        long planned = count(steps);
        execute("delete from escalation_step where subject_type = 'COMPLAINT' and subject_id = " + id);
        execute("insert into escalation_plan_request (subject_type, subject_id, requested_at) values ('COMPLAINT', " + id
                + ", (now() at time zone 'UTC') - interval '1 minute')");
        EscalationTimeIT.await("planned by the timer's sweep", () -> count(steps) + " steps, " + count(requests) + " requests",
                s -> !s.startsWith("0 ") && s.endsWith(" 0 requests"));
        assertThat(count(steps)).isEqualTo(planned);
    }

    private static void execute(String statement) {
        try {
            sql(ownUrl(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static String ownUrl() {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static long count(String query) {
        List<String> rows = strings(query);
        return Long.parseLong(rows.get(0));
    }

    private static List<String> strings(String query) {
        try (Connection c = connect(ownUrl()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Connection connect(String url) throws SQLException {
        String user = System.getProperty("vocdesk.test.dbUser", "");
        return user.isBlank() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, System.getProperty("vocdesk.test.dbPassword", ""));
    }
}
