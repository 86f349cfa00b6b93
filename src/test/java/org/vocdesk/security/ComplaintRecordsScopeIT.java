package org.vocdesk.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.LedgerFixture;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What hangs off a complaint (8D and CAPA, sign-off and replies, returns and compensation, attachments, escalation
 * and audit history) is refused for a complaint of another department exactly as the complaint itself is: 403 with
 * a message naming it, whether or not the 8D, the return or the claim exists, and nothing changes. Lists built from
 * complaints elsewhere (a CAPA's related complaints, the customer page's complaints next to survey scores, the
 * complaints an improvement plan links) hold only what the caller may see. Handler and department manager of
 * department A against a complaint of B; the quality manager sees both.
 */
class ComplaintRecordsScopeIT {

    static final Pattern SURVEY_COMPLAINTS = Pattern.compile(
            "vd-survey-complaints[^>]*>\\s*(?:<span class=\"ui-column-title\">[^<]*</span>)?\\s*(\\d+)\\s*</td>");

    static String marker;
    static long category;
    static TestDepartment assembly;
    static TestDepartment paint;
    static TestUser clerk;
    static TestUser quality;
    static TestUser handler;
    static TestUser manager;
    static TestUser painter;
    static long customer;
    static JsonObject ours;
    /** Of department B, with an 8D (an action with evidence, a why-chain), a return, a claim, a reply and an attachment. */
    static JsonObject theirs;
    /** Of department B, with nothing opened on it. */
    static JsonObject bare;
    static long report;
    static long action;
    static long evidence;
    static long chain;
    static long returnId;
    static long claimId;
    static long attachment;
    static final List<Long> customers = new ArrayList<>();

    @BeforeAll
    static void twoDepartmentsAndTheRecordsOfOne() {
        marker = TestUsers.unique("RSCOPE").toUpperCase();
        category = LedgerFixture.category(marker.replace('-', '_'), "2d");
        assembly = TestUsers.department("装配部 " + marker);
        paint = TestUsers.department("涂装部 " + marker);
        clerk = TestUsers.user("CLERK");
        quality = TestUsers.user("QUALITY_MANAGER");
        handler = TestUsers.user(assembly.id(), "HANDLER");
        manager = TestUsers.user(assembly.id(), "DEPARTMENT_MANAGER");
        painter = TestUsers.user(paint.id(), "HANDLER");
        customer = customer(marker + "-S", true);
        ours = ScopeFixture.complaint(customer, assembly.id(), handler.id(), category, marker + "-A", clerk.api(), quality.api(), "装配松动 loose assembly");
        theirs = ScopeFixture.complaint(customer, paint.id(), painter.id(), category, marker + "-P", clerk.api(), quality.api(), "漆面起泡 paint blisters");
        bare = ScopeFixture.complaint(null, paint.id(), painter.id(), category, marker + "-Q", clerk.api(), quality.api(), "色差 colour mismatch");

        long id = id(theirs);
        JsonObject r = ok(quality.api().post(capa(id), Api.object()));
        report = r.getJsonNumber("id").longValue();
        r = ok(quality.api().post(capa(id) + "/actions", versioned(r).add("kind", "CORRECTIVE").add("description", "喷涂参数复核")
                .add("ownerId", painter.id()).add("dueAt", Instant.now().plus(10, ChronoUnit.DAYS).toString())));
        action = last(r.getJsonObject("capa").getJsonArray("actions").getValuesAs(JsonObject.class));
        Api.Reply uploaded = quality.api().post(capa(id) + "/actions/" + action + "/evidence?fileName=record.pdf&version=" + r.getJsonNumber("version"),
                "%PDF-1.4\n% evidence\n");
        evidence = ok(uploaded).getJsonNumber("id").longValue();
        r = ok(quality.api().get(capa(id)));
        r = ok(quality.api().post(capa(id) + "/why-chains", versioned(r).add("kind", "OCCURRENCE").add("problem", "起泡")
                .add("whys", Api.strings("烘干温度偏低"))));
        chain = last(r.getJsonArray("whyChains").getValuesAs(JsonObject.class));
        returnId = ok(clerk.api().post(complaint(id) + "/returns", Api.object().add("product", "门板 door panel").add("quantityRequested", 2)
                .add("disposition", "REPLACE").add("reason", "起泡"))).getJsonNumber("id").longValue();
        claimId = ok(clerk.api().post(complaint(id) + "/compensations", Api.object().add("units", 2).add("reason", "补偿")))
                .getJsonNumber("id").longValue();
        ok(clerk.api().post(complaint(id) + "/signoff/replies", Api.object().add("purpose", "INFORMATION").add("channel", "PHONE")
                .add("text", "我们正在调查 We are investigating").add("language", "en")));
        attachment = ScopeFixture.attach(id, clerk.api());
    }

    @AfterAll
    static void retireSurveyCustomers() {
        // other classes' campaigns count every active customer above their threshold: ours must not be among them
        customers.forEach(c -> Api.admin().post("/api/customers/" + c + "/deactivate", Api.object()));
    }

    @Test
    void every8DAndCapaOperationOnAnotherDepartmentsComplaintIsRefusedAsTheComplaintIs() {
        long id = id(theirs);
        long version = ok(quality.api().get(capa(id))).getJsonNumber("version").longValue();
        String base = capa(id);
        for (TestUser limited : List.of(handler, manager)) {
            refused(limited.api().get(base), theirs);
            refused(limited.api().post(base, Api.object()), theirs);
            refused(limited.api().get(base + "/signatures"), theirs);
            refused(limited.api().get(base + "/related-complaints"), theirs);
            refused(limited.api().put(base + "/team", v(version).add("members", Json.createArrayBuilder())), theirs);
            refused(limited.api().put(base + "/problem", v(version).add("what", "x")), theirs);
            refused(limited.api().put(base + "/containment", v(version).add("actions", "x")), theirs);
            refused(limited.api().post(base + "/why-chains", v(version).add("kind", "ESCAPE").add("problem", "x").add("whys", Api.strings("y"))), theirs);
            refused(limited.api().delete(base + "/why-chains/" + chain + "?version=" + version), theirs);
            refused(limited.api().post(base + "/causes", v(version).add("category", "MACHINE").add("description", "x")), theirs);
            refused(limited.api().post(base + "/causes/1/verdict", v(version).add("status", "VERIFIED").add("evidence", "x")), theirs);
            refused(limited.api().put(base + "/permanent-verification", v(version).add("text", "x")), theirs);
            refused(limited.api().put(base + "/validation", v(version).add("text", "x")), theirs);
            refused(limited.api().put(base + "/documents", v(version).add("documents", Json.createArrayBuilder())), theirs);
            refused(limited.api().put(base + "/recognition", v(version).add("text", "x")), theirs);
            refused(limited.api().post(base + "/steps/D1/completion", v(version)), theirs);
            refused(limited.api().post(base + "/meetings", v(version).add("heldOn", LocalDate.now().toString())
                    .add("attendeeIds", Json.createArrayBuilder().add(handler.id())).add("conclusion", "x")), theirs);
            refused(limited.api().post(base + "/actions", v(version).add("kind", "PREVENTIVE").add("description", "x").add("ownerId", handler.id())
                    .add("dueAt", Instant.now().plus(5, ChronoUnit.DAYS).toString())), theirs);
            refused(limited.api().post(base + "/actions/" + action + "/evidence?fileName=x.pdf&version=" + version, "%PDF-1.4\n% x\n"), theirs);
            refused(limited.api().post(base + "/actions/" + action + "/completion", v(version).add("result", "x")), theirs);
            refusedDownload(limited, base + "/fishbone.svg");
            refusedDownload(limited, base + "/report");
            refusedDownload(limited, base + "/actions/" + action + "/evidence/" + evidence);
        }
        refused(manager.api().put(base + "/steps/D2/assignment", v(version).add("ownerId", manager.id())), theirs);
        refused(manager.api().post(base + "/approvals", v(version).add("subject", "ANALYSIS").add("stage", "DEPARTMENT_SIGN")
                .add("approve", true).add("password", TestUsers.PASSWORD)), theirs);
        refused(manager.api().post(base + "/meetings/1/countersignature", v(version).add("password", TestUsers.PASSWORD)), theirs);

        JsonObject after = ok(quality.api().get(base));
        assertThat(after.getJsonNumber("version").longValue()).as("nothing changed").isEqualTo(version);
        assertThat(after.getJsonArray("whyChains")).hasSize(1);
        assertThat(after.getJsonObject("capa").getJsonArray("actions")).hasSize(1);
        assertThat(quality.api().download(base + "/fishbone.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void whetherAnotherDepartmentsComplaintHasAn8DIsNotToldByTheAnswer() {
        long id = id(bare);
        for (TestUser limited : List.of(handler, manager)) {
            refused(limited.api().get(capa(id)), bare);
            refused(limited.api().get(capa(id) + "/signatures"), bare);
            refused(limited.api().get(capa(id) + "/related-complaints"), bare);
            refused(limited.api().put(capa(id) + "/team", v(0).add("members", Json.createArrayBuilder())), bare);
            refused(limited.api().post(capa(id) + "/actions/1/completion", v(0).add("result", "x")), bare);
            refusedDownload(limited, capa(id) + "/report");
            refusedDownload(limited, capa(id) + "/fishbone.svg");
        }
        assertThat(quality.api().get(capa(id)).status()).as("no 8D opened").isEqualTo(404);
        // no such complaint: the answer of the complaint resource itself
        Api.Reply none = handler.api().language("en").get(capa(999_999_999L));
        Api.Reply itself = handler.api().language("en").get(complaint(999_999_999L));
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.detail()).isEqualTo(itself.detail()).startsWith("Complaint ");
        assertThat(handler.api().get(capa(id(ours))).status()).as("no 8D on the own complaint yet").isEqualTo(404);
    }

    @Test
    void closureReturnsCompensationsAttachmentsAndHistoriesOfAnotherDepartmentsComplaintAreRefused() {
        long id = id(theirs);
        String base = complaint(id);
        long returnVersion = ok(quality.api().get(base + "/returns/" + returnId)).getJsonNumber("version").longValue();
        for (TestUser limited : List.of(handler, manager)) {
            refused(limited.api().get(base + "/signoff"), theirs);
            refused(limited.api().get(base + "/signoff/replies"), theirs);
            refused(limited.api().get(base + "/signoff/draft?purpose=RESULT&language=en"), theirs);
            refused(limited.api().post(base + "/signoff/replies", Api.object().add("purpose", "INFORMATION").add("channel", "PHONE")
                    .add("text", "x").add("language", "en")), theirs);
            refused(limited.api().get(base + "/returns"), theirs);
            refused(limited.api().get(base + "/returns/" + returnId), theirs);
            refused(limited.api().post(base + "/returns", Api.object().add("product", "x").add("quantityRequested", 1).add("disposition", "REPAIR")), theirs);
            refused(limited.api().post(base + "/returns/" + returnId + "/receipt", Api.object().add("quantityReceived", 2).add("version", returnVersion)), theirs);
            refused(limited.api().post(base + "/returns/" + returnId + "/analysis", Api.object().add("method", "LAB").add("result", "DEFECT_CONFIRMED")
                    .add("quantityAccepted", 2).add("version", returnVersion)), theirs);
            refused(limited.api().post(base + "/returns/" + returnId + "/completion", Api.object().add("comment", "x").add("version", returnVersion)), theirs);
            refused(limited.api().post(base + "/returns/" + returnId + "/cancellation", Api.object().add("comment", "x").add("version", returnVersion)), theirs);
            refused(limited.api().get(base + "/compensations"), theirs);
            refused(limited.api().post(base + "/compensations", Api.object().add("units", 1).add("reason", "x")), theirs);
            refused(limited.api().get(base + "/attachments"), theirs);
            refused(limited.api().post(base + "/attachments?fileName=x.txt", "not mine"), theirs);
            refusedDownload(limited, base + "/attachments/" + attachment);
            refused(limited.api().get("/api/escalations/complaints/" + id + "/steps"), theirs);
            refused(limited.api().get("/api/audit/history/complaint/" + id), theirs);
            refused(limited.api().get("/api/audit/history/capa_report/" + report), theirs);
            Api.Reply part = limited.api().language("en").get("/api/audit/history/complaint_event/" + id);
            assertThat(part.status()).as(part.toString()).isEqualTo(403);
            assertThat(part.detail()).contains("complaint_event", "complaint");
        }
        refused(manager.api().post(base + "/compensations/" + claimId + "/approval", Api.object().add("comment", "ok")), theirs);
        refused(manager.api().post(base + "/compensations/" + claimId + "/rejection", Api.object().add("comment", "no")), theirs);

        JsonObject returned = ok(quality.api().get(base + "/returns/" + returnId));
        assertThat(returned.getString("status")).as("nothing changed").isEqualTo("REQUESTED");
        assertThat(returned.getJsonNumber("version").longValue()).isEqualTo(returnVersion);
        assertThat(quality.api().get(base + "/compensations").jsonArray().getJsonObject(0).getString("status")).isEqualTo("REQUESTED");
        assertThat(quality.api().get(base + "/signoff/replies").jsonArray()).hasSize(1);
        assertThat(quality.api().get(base + "/attachments").jsonArray()).hasSize(1);
        assertThat(quality.api().get("/api/audit/history/complaint/" + id).status()).isEqualTo(200);
        assertThat(quality.api().get("/api/audit/history/complaint_event/" + id).status()).isEqualTo(200);

        String own = complaint(id(ours));
        for (String path : List.of(own + "/signoff", own + "/signoff/replies", own + "/returns", own + "/compensations", own + "/attachments",
                "/api/escalations/complaints/" + id(ours) + "/steps", "/api/audit/history/complaint/" + id(ours))) {
            Api.Reply reply = handler.api().get(path);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    @Test
    void theRelatedComplaintsOfACapaAreThoseTheCallerMaySee() {
        long related = customer(marker + "-R", false);
        String product = marker + "-FIX";
        long fixed = id(ScopeFixture.complaint(related, assembly.id(), handler.id(), category, product, clerk.api(), quality.api(), "螺丝松动"));
        JsonObject r = ok(handler.api().post(capa(fixed), Api.object()));
        r = ok(quality.api().post(capa(fixed) + "/actions", versioned(r).add("kind", "CORRECTIVE").add("description", "扭矩复核")
                .add("ownerId", handler.id()).add("dueAt", Instant.now().plus(10, ChronoUnit.DAYS).toString())));
        long fix = last(r.getJsonObject("capa").getJsonArray("actions").getValuesAs(JsonObject.class));
        ok(quality.api().post(capa(fixed) + "/actions/" + fix + "/evidence?fileName=record.pdf&version=" + r.getJsonNumber("version"), "%PDF-1.4\n% fix\n"));
        r = ok(quality.api().get(capa(fixed)));
        r = ok(quality.api().post(capa(fixed) + "/actions/" + fix + "/completion", versioned(r).add("result", "已复核")));
        assertThat(r.getJsonObject("capa").getString("status")).isEqualTo("VERIFICATION_PENDING");

        Instant afterTheFix = Instant.parse(r.getJsonObject("capa").getString("fixedAt")).plusSeconds(1);
        String again = ScopeFixture.complaint(related, assembly.id(), null, category, product, clerk.api(), quality.api(), "又松了", afterTheFix)
                .getString("number");
        String elsewhere = ScopeFixture.complaint(related, paint.id(), painter.id(), category, product, clerk.api(), quality.api(), "也松了", afterTheFix)
                .getString("number");
        for (TestUser limited : List.of(handler, manager)) {
            assertThat(numbers(limited.api().get(capa(fixed) + "/related-complaints"))).as(limited.username()).containsExactly(again);
        }
        assertThat(numbers(quality.api().get(capa(fixed) + "/related-complaints"))).containsExactlyInAnyOrder(again, elsewhere);
    }

    @Test
    void theCustomerPageCountsOnlyTheComplaintsTheCallerMaySeeNextToTheSurveyScore() {
        // a campaign over this year, answered on paper: the customer page shows its score with the customer's complaints of the year
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String name = "Scope " + marker;
        JsonObject campaign = ok(clerk.api().post("/api/surveys/campaigns", Api.object().add("name", name).add("periodKind", "ANNUAL")
                .add("periodStart", year + "-01-01").add("respondBy", Instant.now().plus(7, ChronoUnit.DAYS).toString())
                .add("minTransactions", 3).add("projectType", "TECHNICAL_SERVICE")));
        long campaignId = campaign.getJsonNumber("id").longValue();
        ok(clerk.api().post("/api/surveys/campaigns/" + campaignId + "/launch", Json.createObjectBuilder()));
        JsonObject invitation = clerk.api().get("/api/surveys/campaigns/" + campaignId + "/responses").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("customerId").longValue() == customer).findFirst().orElseThrow();
        ok(clerk.api().post("/api/surveys/invitations/" + invitation.getJsonNumber("id") + "/entry",
                paperAnswers(campaign.getString("projectType"), campaign.getInt("templateRevision"))));

        assertThat(surveyComplaints(handler)).as("the handler: their department's complaint of the customer").containsExactly(1);
        assertThat(surveyComplaints(manager)).as("the department manager").containsExactly(1);
        assertThat(surveyComplaints(quality)).as("the quality manager: both departments'").containsExactly(2);
    }

    @Test
    void anImprovementPlanLinksOnlyComplaintsTheDepartmentManagerMaySee() {
        var plan = Api.object().add("title", "起泡改进 " + marker).add("problem", "起泡").add("goal", "无起泡").add("measures", "烘干温度")
                .add("ownerId", manager.id()).add("kpi", "REPEAT_COMPLAINTS").add("categoryId", category)
                .add("startDate", LocalDate.now().toString()).add("dueDate", LocalDate.now().plusMonths(1).toString());
        refused(manager.api().post("/api/improvement-plans", plan.add("complaintNumbers", Api.strings(theirs.getString("number"))).build()), theirs);
        Api.Reply own = manager.api().post("/api/improvement-plans", Api.object().add("title", "松动改进 " + marker).add("problem", "松动")
                .add("goal", "无松动").add("measures", "扭矩").add("ownerId", manager.id()).add("kpi", "REPEAT_COMPLAINTS").add("categoryId", category)
                .add("startDate", LocalDate.now().toString()).add("dueDate", LocalDate.now().plusMonths(1).toString())
                .add("complaintNumbers", Api.strings(ours.getString("number"))));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().getJsonArray("complaints").getString(0)).isEqualTo(ours.getString("number"));
    }

    // ---- helpers

    /** 403 with the message naming the complaint, as GET /api/complaints/{id} answers. */
    static void refused(Api.Reply reply, JsonObject complaint) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.detail()).as(reply.toString()).contains(complaint.getString("number"));
    }

    static void refusedDownload(TestUser who, String path) {
        assertThat(who.api().download(path).statusCode()).as(who.username() + " GET " + path).isEqualTo(403);
    }

    static List<Integer> surveyComplaints(TestUser who) {
        PageSession session = PageSession.loggedIn(who.username(), who.password());
        PageSession.Page page = session.get("/app/customers/edit.xhtml?id=" + customer);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher cells = SURVEY_COMPLAINTS.matcher(page.body());
        List<Integer> counts = new ArrayList<>();
        while (cells.find()) {
            counts.add(Integer.parseInt(cells.group(1)));
        }
        return counts;
    }

    /** Every rated question SATISFIED, no suggestion, entered as a paper form. */
    static JsonObjectBuilder paperAnswers(String projectType, int revision) {
        JsonObject template = clerk.api().get("/api/surveys/templates").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("projectType").equals(projectType) && t.getInt("revision") == revision).findFirst().orElseThrow();
        var answers = Json.createArrayBuilder();
        var questions = template.getJsonArray("questions").getValuesAs(JsonObject.class);
        for (int i = 0; i < questions.size(); i++) {
            long question = template.getJsonArray("questionIds").getJsonNumber(i).longValue();
            switch (questions.get(i).getString("kind")) {
                case "RATING" -> answers.add(Json.createObjectBuilder().add("questionId", question).add("rating", "SATISFIED"));
                case "SUGGESTION" -> answers.add(Json.createObjectBuilder().add("questionId", question).add("choice", 0));
                default -> { }
            }
        }
        return Json.createObjectBuilder().add("answers", answers).add("mode", "PAPER");
    }

    /** A customer of the customer file; with three orders this year when it is to be surveyed. */
    static long customer(String code, boolean surveyed) {
        long id = ok(clerk.api().post("/api/customers", Api.object().add("code", code).add("name", "范围客户 " + code))).getJsonNumber("id").longValue();
        customers.add(id);
        if (surveyed) {
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            var orders = Json.createArrayBuilder();
            for (int i = 0; i < 3; i++) {
                orders.add(Json.createObjectBuilder().add("customerCode", code).add("reference", "SO-" + code + "-" + i)
                        .add("date", LocalDate.of(year, 1, 2).plusDays(i).toString()));
            }
            ok(clerk.api().post("/api/surveys/transactions", orders.build()));
        }
        return id;
    }

    static List<String> numbers(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("number")).toList();
    }

    static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply.json();
    }

    static JsonObjectBuilder versioned(JsonObject report) {
        return v(report.getJsonNumber("version").longValue());
    }

    static JsonObjectBuilder v(long version) {
        return Api.object().add("version", version);
    }

    static long last(List<JsonObject> items) {
        return items.get(items.size() - 1).getJsonNumber("id").longValue();
    }

    static long id(JsonObject complaint) {
        return complaint.getJsonNumber("id").longValue();
    }

    static String complaint(long id) {
        return "/api/complaints/" + id;
    }

    static String capa(long complaintId) {
        return complaint(complaintId) + "/capa";
    }
}
