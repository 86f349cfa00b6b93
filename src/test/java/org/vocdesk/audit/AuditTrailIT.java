package org.vocdesk.audit;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail over REST against the running server: a complaint's history with who, from where and the values
 * before and after; the auditor's search across records; the hash chain catching and locating rows edited straight
 * in the database; and voiding instead of deleting.
 */
class AuditTrailIT {

    static final TestUser quality = TestUsers.user("QUALITY_MANAGER");
    static final TestUser auditor = TestUsers.user("AUDITOR");
    static final TestUser handler = TestUsers.user("HANDLER");

    static long record(String product) {
        Api.Reply reply = quality.api().post("/api/complaints", Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", 1).add("contactName", "审计 Audit").add("product", product)
                .add("customerWords", "原话 original words").add("urgency", "MEDIUM").add("receivedAt", java.time.Instant.now().minusSeconds(60).toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static List<JsonObject> history(TestUser who, String type, long id) {
        Api.Reply reply = who.api().get("/api/audit/history/" + type + "/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    static JsonObject change(JsonObject entry, String field) {
        return entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals(field)).findFirst().orElse(null);
    }

    static JsonObject verification() {
        Api.Reply reply = auditor.api().get("/api/audit/verification");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aComplaintsHistoryShowsWhoChangedWhatFromWhereWithTheValuesBeforeAndAfter() {
        long id = record(TestUsers.unique("AUD"));
        Api.Reply triaged = quality.api().post("/api/complaints/" + id + "/triage", Api.object().add("validity", "VALID")
                .add("priority", "HIGH").add("departmentId", TestUsers.department("审计 Audit").id()).add("majorReasons", Api.strings()).build());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);

        List<JsonObject> entries = history(auditor, "complaint", id);
        List<JsonObject> ofComplaint = entries.stream().filter(e -> e.getString("recordType").equals("complaint")).toList();
        assertThat(ofComplaint).hasSizeGreaterThanOrEqualTo(2);
        JsonObject created = ofComplaint.get(0);
        assertThat(created.getString("kind")).isEqualTo("ADDED");
        assertThat(created.getString("username")).isEqualTo(quality.username());
        assertThat(created.getString("channel")).isEqualTo("REST");
        assertThat(created.getString("clientAddress")).isNotBlank();
        assertThat(change(created, "customer_words").getString("after")).isEqualTo("原话 original words");

        JsonObject triage = ofComplaint.stream().filter(e -> change(e, "priority") != null && e.getString("kind").equals("CHANGED"))
                .findFirst().orElseThrow();
        assertThat(change(triage, "status").getString("before")).isEqualTo("RECEIVED");
        assertThat(change(triage, "status").getString("after")).isEqualTo("TRIAGED");
        assertThat(change(triage, "priority").getString("after")).isEqualTo("HIGH");
        assertThat(triage.getJsonNumber("revision").longValue()).isGreaterThan(created.getJsonNumber("revision").longValue());
        // the complaint's parts are part of its history: here the timeline
        assertThat(entries).anySatisfy(e -> assertThat(e.getString("recordType")).isEqualTo("complaint_event"));

        Api.Reply unknown = auditor.api().get("/api/audit/history/no_such_table/1");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }

    @Test
    void auditorsSearchChangesByUserRecordAndPeriodAndOthersMayNot() {
        long id = record(TestUsers.unique("AUS"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply found = auditor.api().get("/api/audit/changes?user=" + quality.username() + "&type=complaint&key=" + id
                + "&from=" + LocalDate.parse(today).minusDays(1) + "&to=" + LocalDate.parse(today).plusDays(1));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.jsonArray().getValuesAs(JsonObject.class)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getString("username")).isEqualTo(quality.username());
            assertThat(e.getString("recordKey")).isEqualTo(Long.toString(id));
        });
        Api.Reply byUser = auditor.api().get("/api/audit/changes?user=" + quality.username());
        assertThat(byUser.jsonArray().getValuesAs(JsonObject.class)).anySatisfy(e -> assertThat(e.getString("recordType")).isEqualTo("complaint_event"));

        Api.Reply later = auditor.api().get("/api/audit/changes?key=" + id + "&type=complaint&from=" + LocalDate.parse(today).plusDays(2));
        assertThat(later.jsonArray()).isEmpty();
        Api.Reply nobody = auditor.api().get("/api/audit/changes?user=nobody-at-all");
        assertThat(nobody.jsonArray()).isEmpty();

        Api.Reply badDate = auditor.api().get("/api/audit/changes?from=yesterday");
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
        assertThat(badDate.detail()).contains("yesterday");
        Api.Reply backwards = auditor.api().get("/api/audit/changes?from=2026-02-02&to=2026-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(handler.api().get("/api/audit/changes").status()).isEqualTo(403);
        assertThat(handler.api().get("/api/audit/verification").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/audit/history/complaint/" + id).status()).isEqualTo(401);
    }

    @Test
    void anEditOfTheTrailStraightInTheDatabaseIsDetectedAndLocated() throws SQLException {
        long id = record(TestUsers.unique("TAMPER"));
        assertThat(verification().getBoolean("intact")).as("the chain before the edit").isTrue();
        try (Connection db = TestServer.openDatabase()) {
            long revision = single(db, "SELECT rev FROM complaint_aud WHERE id = ? AND revtype = 0", id);
            update(db, "UPDATE complaint_aud SET customer_words = ? WHERE id = ? AND rev = ?", "forged words", id, revision);
            update(db, "UPDATE audit_revision SET username = ? WHERE id = ?", "someone-else", revision);
            try {
                JsonObject broken = verification();
                assertThat(broken.getBoolean("intact")).isFalse();
                List<JsonObject> breaks = broken.getJsonArray("breaks").getValuesAs(JsonObject.class);
                assertThat(breaks).anySatisfy(b -> {
                    assertThat(b.getJsonNumber("revision").longValue()).isEqualTo(revision);
                    assertThat(b.getString("kind")).isEqualTo("RECORD_CHANGED");
                    assertThat(b.getString("recordType")).isEqualTo("complaint");
                    assertThat(b.getString("recordKey")).isEqualTo(Long.toString(id));
                    assertThat(b.getJsonArray("fields").getString(0)).isEqualTo("customer_words");
                    assertThat(b.getJsonArray("fields")).hasSize(1);
                });
                assertThat(breaks).anySatisfy(b -> {
                    assertThat(b.getString("recordType")).isEqualTo("audit_revision");
                    assertThat(b.getString("recordKey")).isEqualTo(Long.toString(revision));
                    assertThat(b.getJsonArray("fields").getString(0)).isEqualTo("username");
                });
                assertThat(breaks).allSatisfy(b -> assertThat(b.getJsonNumber("revision").longValue()).isEqualTo(revision));
            } finally {
                update(db, "UPDATE complaint_aud SET customer_words = ? WHERE id = ? AND rev = ?", "原话 original words", id, revision);
                update(db, "UPDATE audit_revision SET username = ? WHERE id = ?", quality.username(), revision);
            }
            assertThat(verification().getBoolean("intact")).as("the chain with the rows put back").isTrue();

            // a changed hash and a deleted row of history are found as well
            long event = single(db, "SELECT MAX(id) FROM complaint_event_aud WHERE complaint_id = ?", id);
            long eventRevision = single(db, "SELECT rev FROM complaint_event_aud WHERE id = ?", event);
            List<Object> saved = row(db, "SELECT * FROM complaint_event_aud WHERE id = ?", event);
            update(db, "DELETE FROM complaint_event_aud WHERE id = ?", event);
            try {
                JsonObject deleted = verification();
                assertThat(deleted.getJsonArray("breaks").getValuesAs(JsonObject.class)).anySatisfy(b -> {
                    assertThat(b.getString("kind")).isEqualTo("RECORD_DELETED");
                    assertThat(b.getString("recordType")).isEqualTo("complaint_event");
                    assertThat(b.getString("recordKey")).isEqualTo(Long.toString(event));
                    assertThat(b.getJsonNumber("revision").longValue()).isEqualTo(eventRevision);
                });
            } finally {
                update(db, "INSERT INTO complaint_event_aud (" + String.join(", ", columns(db, "complaint_event_aud")) + ") VALUES ("
                        + "?, ".repeat(saved.size() - 1) + "?)", saved.toArray());
            }
            assertThat(verification().getBoolean("intact")).as("the chain with the row put back").isTrue();
        }
    }

    private static List<Object> row(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                List<Object> values = new java.util.ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getObject(i));
                }
                return values;
            }
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rows = select.executeQuery()) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                names.add(rows.getMetaData().getColumnName(i));
            }
            return names;
        }
    }

    @Test
    void aComplaintIsVoidedWithAReasonNotDeletedAndLeavesTheLedgerButNotTheTrail() {
        String product = TestUsers.unique("VOID");
        long id = record(product);
        assertThat(quality.api().get("/api/complaints?q=" + product).json().getInt("total")).isEqualTo(1);

        assertThat(handler.api().post("/api/complaints/" + id + "/voiding", Api.object().add("comment", "dup")).status()).isEqualTo(403);
        Api.Reply noReason = quality.api().post("/api/complaints/" + id + "/voiding", Api.object().add("comment", " "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(quality.api().get("/api/complaints/" + id).json().getString("status")).isEqualTo("RECEIVED");

        Api.Reply voided = quality.api().post("/api/complaints/" + id + "/voiding", Api.object().add("comment", "重复录入 duplicate"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().getString("status")).isEqualTo("VOIDED");
        assertThat(quality.api().post("/api/complaints/" + id + "/voiding", Api.object().add("comment", "again")).status()).isEqualTo(409);

        assertThat(quality.api().get("/api/complaints?q=" + product).json().getInt("total")).isZero();
        assertThat(auditor.api().get("/api/complaints?status=VOIDED&q=" + product).json().getInt("total")).isEqualTo(1);
        assertThat(auditor.api().get("/api/complaints/" + id).status()).isEqualTo(200);

        List<JsonObject> entries = history(auditor, "complaint", id);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("recordType")).isEqualTo("complaint");
            assertThat(change(e, "status").getString("after")).isEqualTo("VOIDED");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("recordType")).isEqualTo("complaint_event");
            assertThat(change(e, "comment_text")).isNotNull();
            assertThat(change(e, "comment_text").getString("after")).isEqualTo("重复录入 duplicate");
        });
    }

    private static long single(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
