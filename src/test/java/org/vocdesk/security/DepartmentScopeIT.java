package org.vocdesk.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handlers and department managers see their own department's complaints only (ledger, export, details, CAPA,
 * KPIs and their drill-downs) unless the administrator widens their scope; a department manager also those of the
 * departments they were appointed to manage; the other roles see all. The records hanging off a complaint and the
 * lists built from complaints elsewhere: ComplaintRecordsScopeIT.
 */
class DepartmentScopeIT {

    static String marker;
    static long category;
    static TestDepartment assembly;
    static TestDepartment paint;
    static TestUser clerk;
    static TestUser quality;
    static TestUser handler;
    static TestUser manager;
    static TestUser auditor;
    static JsonObject ours;
    static JsonObject theirs;

    @BeforeAll
    static void twoDepartments() {
        marker = TestUsers.unique("SCOPE").toUpperCase();
        category = LedgerFixture.category(marker.replace('-', '_'), "2d");
        assembly = TestUsers.department("装配部 " + marker);
        paint = TestUsers.department("涂装部 " + marker);
        clerk = TestUsers.user("CLERK");
        quality = TestUsers.user("QUALITY_MANAGER");
        auditor = TestUsers.user("AUDITOR");
        handler = TestUsers.user(assembly.id(), "HANDLER");
        manager = TestUsers.user(assembly.id(), "DEPARTMENT_MANAGER");
        TestUser painter = TestUsers.user(paint.id(), "HANDLER");
        ours = ScopeFixture.complaint(assembly.id(), handler.id(), category, marker + "-A", clerk.api(), quality.api(), "装配松动 loose assembly");
        theirs = ScopeFixture.complaint(paint.id(), painter.id(), category, marker + "-P", clerk.api(), quality.api(), "漆面起泡 paint blisters");
        ScopeFixture.attach(theirs.getJsonNumber("id").longValue(), clerk.api());
    }

    @Test
    void theLedgerAndItsExportListOnlyTheOwnDepartment() {
        for (TestUser limited : List.of(handler, manager)) {
            assertThat(numbers(limited, "q=" + marker)).as(limited.username()).containsExactly(number(ours));
            Api.Reply page = limited.api().get("/api/complaints?q=" + marker);
            assertThat(page.json().getInt("total")).isEqualTo(1);
            String csv = AuthorisationMatrixIT.call(limited.token(), "GET", "/api/complaints/export.csv?q=" + marker).body();
            assertThat(csv).contains(number(ours)).doesNotContain(number(theirs));
            assertThat(numbers(limited, "q=" + marker + "&departmentId=" + paint.id())).as("asking for the other department").isEmpty();
        }
        for (TestUser all : List.of(clerk, quality, auditor)) {
            assertThat(numbers(all, "q=" + marker)).as(all.username()).containsExactlyInAnyOrder(number(ours), number(theirs));
        }
    }

    @Test
    void anotherDepartmentsComplaintIsRefusedWithAClearMessage() {
        long id = theirs.getJsonNumber("id").longValue();
        for (String path : List.of("", "/timeline", "/attachments", "/signoff", "/returns", "/compensations")) {
            Api.Reply reply = handler.api().get("/api/complaints/" + id + path);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        }
        assertThat(handler.api().get("/api/complaints/" + number(theirs)).status()).as("by number").isEqualTo(403);
        assertThat(manager.api().language("en").get("/api/complaints/" + id).detail())
                .isEqualTo("Complaint " + number(theirs) + " belongs to another department: you are not allowed to open it.");
        assertThat(manager.api().language("zh-CN").get("/api/complaints/" + id).detail())
                .isEqualTo("投诉 " + number(theirs) + " 属于其他部门,您无权查看。");
        assertThat(handler.api().get("/api/complaints/" + ours.getJsonNumber("id")).status()).isEqualTo(200);
        assertThat(auditor.api().get("/api/complaints/" + id).status()).isEqualTo(200);
    }

    @Test
    void changesToAnotherDepartmentsComplaintAreRefusedAndChangeNothing() {
        long id = theirs.getJsonNumber("id").longValue();
        Api.Reply investigate = handler.api().post("/api/complaints/" + id + "/investigation", Api.object().add("comment", "not mine"));
        assertThat(investigate.status()).as(investigate.toString()).isEqualTo(403);
        Api.Reply capa = manager.api().post("/api/complaints/" + id + "/capa", Api.object());
        assertThat(capa.status()).as(capa.toString()).isEqualTo(403);
        Api.Reply wait = handler.api().post("/api/complaints/" + id + "/customer-wait", Api.object().add("comment", "samples"));
        assertThat(wait.status()).as(wait.toString()).isEqualTo(403);
        JsonObject now = quality.api().get("/api/complaints/" + id).json();
        assertThat(now.getString("status")).isEqualTo("TRIAGED");
        assertThat(quality.api().get("/api/complaints/" + id + "/capa").status()).as("no 8D opened").isEqualTo(404);
    }

    @Test
    void kpisAndTheirDrillDownsCountTheOwnDepartmentOnly() {
        JsonObject mine = manager.api().get("/api/kpis?categoryId=" + category).json();
        JsonObject everything = quality.api().get("/api/kpis?categoryId=" + category).json();
        assertThat(complaints(mine)).isEqualTo(1);
        assertThat(complaints(everything)).isEqualTo(2);
        for (JsonObject figure : mine.getJsonArray("figures").getValuesAs(JsonObject.class)) {
            if (figure.containsKey("baseQuery") && !figure.isNull("baseQuery")) {
                long listed = manager.api().get("/api/complaints?" + figure.getString("baseQuery")).json().getJsonNumber("total").longValue();
                assertThat(listed).as("drill-down of " + figure.getString("kpi")).isEqualTo(figure.getJsonNumber("base").longValue());
            }
        }
        JsonObject dashboard = manager.api().get("/api/kpis/dashboard?categoryId=" + category).json();
        assertThat(dashboard.getJsonArray("overdueByDepartment").getValuesAs(JsonObject.class))
                .allSatisfy(bar -> assertThat(bar.toString()).doesNotContain(paint.name()));
    }

    @Test
    void theAdministratorWidensAHandlersScope() {
        TestUser wide = TestUsers.user(assembly.id(), "HANDLER");
        long id = theirs.getJsonNumber("id").longValue();
        assertThat(wide.api().get("/api/complaints/" + id).status()).isEqualTo(403);
        Api.Reply byManager = manager.api().put("/api/users/" + wide.id() + "/complaint-scope", Api.object().add("complaintScope", "ALL"));
        assertThat(byManager.status()).as(byManager.toString()).isEqualTo(403);
        Api.Reply widened = Api.admin().put("/api/users/" + wide.id() + "/complaint-scope", Api.object().add("complaintScope", "ALL"));
        assertThat(widened.status()).as(widened.toString()).isEqualTo(200);
        assertThat(widened.json().getString("complaintScope")).isEqualTo("ALL");
        assertThat(wide.api().get("/api/complaints/" + id).status()).isEqualTo(200);
        assertThat(numbers(wide, "q=" + marker)).containsExactlyInAnyOrder(number(ours), number(theirs));
        Api.Reply bad = Api.admin().language("en").put("/api/users/" + wide.id() + "/complaint-scope", Api.object().add("complaintScope", "EVERYWHERE"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        Api.Reply back = Api.admin().put("/api/users/" + wide.id() + "/complaint-scope", Api.object().add("complaintScope", "OWN_DEPARTMENT"));
        assertThat(back.json().getString("complaintScope")).isEqualTo("OWN_DEPARTMENT");
        assertThat(wide.api().get("/api/complaints/" + id).status()).isEqualTo(403);
    }

    @Test
    void aDepartmentManagerSeesTheDepartmentTheyWereAppointedToManage() {
        // escalation notices of a department go to its appointed manager, who supervises its complaints: they see them
        // (a marker and category of its own: the other tests count this class's complaints)
        String own = TestUsers.unique("SCOPEM").toUpperCase();
        long ownCategory = LedgerFixture.category(own.replace('-', '_'), "2d");
        TestUser appointed = TestUsers.user("DEPARTMENT_MANAGER");
        TestDepartment service = TestUsers.department("售后部 " + own, appointed.id());
        JsonObject managed = ScopeFixture.complaint(null, service.id(), null, ownCategory, own + "-M", clerk.api(), quality.api(), "安装不当 bad fitting",
                java.time.Instant.parse("2025-01-24T02:00:00Z"));
        assertThat(appointed.api().get("/api/complaints/" + managed.getJsonNumber("id")).status()).isEqualTo(200);
        assertThat(numbers(appointed, "q=" + own)).containsExactly(number(managed));
        assertThat(appointed.api().get("/api/complaints/" + theirs.getJsonNumber("id")).status()).isEqualTo(403);
        TestUser member = TestUsers.user(service.id(), "HANDLER");
        assertThat(numbers(member, "q=" + own)).as("a handler of the department").containsExactly(number(managed));
        assertThat(numbers(handler, "q=" + own)).as("another department's handler").isEmpty();
        // and their home page lists it among the overdue work, as the ledger's "all overdue" does
        String home = PageSession.loggedIn(appointed.username(), appointed.password()).get("/index.xhtml").body();
        String overdue = home.substring(home.indexOf("id=\"overdue\""));
        assertThat(overdue).contains(number(managed), "id=\"overdue-count\">1<");
    }

    static List<String> numbers(TestUser user, String query) {
        Api.Reply reply = user.api().get("/api/complaints?max=100&" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getString("number")).toList();
    }

    static String number(JsonObject complaint) {
        return complaint.getString("number");
    }

    private static long complaints(JsonObject report) {
        return report.getJsonArray("months").getValuesAs(JsonObject.class).stream().mapToLong(m -> m.getJsonNumber("complaints").longValue()).sum();
    }
}
