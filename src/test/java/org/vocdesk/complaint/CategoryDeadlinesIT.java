package org.vocdesk.complaint;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Changing a category's deadlines recomputes the stored deadlines of its open complaints, not of closed ones. */
class CategoryDeadlinesIT {

    @Test
    void openComplaintsFollowTheNewDeadlinesClosedOnesKeepTheirs() {
        TestUsers.TestDepartment department = TestUsers.department("Recompute " + TestUsers.unique("d"));
        TestUsers.TestUser clerk = TestUsers.user(department.id(), "CLERK");
        TestUsers.TestUser quality = TestUsers.user(department.id(), "QUALITY_MANAGER");
        String code = TestUsers.unique("RC").toUpperCase().replace('-', '_');
        long category = LedgerFixture.category(code, "2d");
        Instant received = Instant.now().truncatedTo(ChronoUnit.MINUTES).minusSeconds(3600);
        JsonObject open = record(clerk, category, received);
        JsonObject closed = record(clerk, category, received);
        assertThat(quality.api().post("/api/complaints/" + closed.getJsonNumber("id") + "/triage",
                Api.object().add("validity", "INVALID").add("invalidReason", "承运人原因")).status()).isEqualTo(200);
        assertThat(open.getString("firstReplyDue")).isEqualTo(closed.getString("firstReplyDue"));

        Api.Reply refused = quality.api().put("/api/categories/" + category, deadlines(code, "3d"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        Api.Reply wrong = Api.admin().put("/api/categories/" + category, deadlines(code, "3 days"));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);

        Api.Reply changed = Api.admin().put("/api/categories/" + category, deadlines(code, "3d"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("firstReplyWithin")).isEqualTo("3d");

        // recomputed in the background, right after the change committed
        JsonObject openAfter = open;
        for (int i = 0; i < 120 && openAfter.getString("firstReplyDue").equals(open.getString("firstReplyDue")); i++) {
            sleep();
            openAfter = clerk.api().get("/api/complaints/" + open.getJsonNumber("id")).json();
        }
        JsonObject closedAfter = clerk.api().get("/api/complaints/" + closed.getJsonNumber("id")).json();
        assertThat(Instant.parse(openAfter.getString("firstReplyDue"))).isAfter(Instant.parse(open.getString("firstReplyDue")));
        assertThat(closedAfter.getString("firstReplyDue")).isEqualTo(closed.getString("firstReplyDue"));
        assertThat(openAfter.getString("responseDue")).isEqualTo(open.getString("responseDue"));
        assertThat(clerk.api().get("/api/complaints/" + open.getJsonNumber("id") + "/timeline").body())
                .contains("DEADLINES_RECOMPUTED");
    }

    @Test
    void theAdministratorDecidesWhichCategoriesRequireAn8D() {
        String code = TestUsers.unique("R8").toUpperCase().replace('-', '_');
        long category = LedgerFixture.category(code, "2d");
        String path = "/api/categories/" + category;
        Api.Reply required = Api.admin().put(path, deadlines(code, "2d").add("requires8d", true));
        assertThat(required.status()).as(required.toString()).isEqualTo(200);
        assertThat(required.json().getBoolean("requires8d")).isTrue();
        // a change that leaves the flag out keeps it
        assertThat(Api.admin().put(path, deadlines(code, "2d")).json().getBoolean("requires8d")).isTrue();
        assertThat(Api.admin().put(path, deadlines(code, "2d").add("requires8d", false)).json().getBoolean("requires8d")).isFalse();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Api.Reply record0(TestUsers.TestUser clerk, long category, Instant received) {
        return clerk.api().post("/api/complaints", Api.object().add("channel", "EMAIL").add("type", "COMPLAINT")
                .add("categoryId", category).add("anonymous", true).add("customerWords", "交付延迟")
                .add("urgency", "MEDIUM").add("receivedAt", received.toString()));
    }

    private static JsonObject record(TestUsers.TestUser clerk, long category, Instant received) {
        Api.Reply reply = record0(clerk, category, received);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static jakarta.json.JsonObjectBuilder deadlines(String code, String firstReply) {
        return Api.object().add("nameEn", "Recomputed " + code).add("nameZh", "重算 " + code).add("firstReplyWithin", firstReply)
                .add("responseHighWithin", "3d").add("responseMediumWithin", "5d").add("responseLowWithin", "10d").add("active", true);
    }
}
