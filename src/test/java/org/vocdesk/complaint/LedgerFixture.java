package org.vocdesk.complaint;

import jakarta.json.JsonObject;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Complaints of a category of their own, so ledger tests can filter them apart from everything else in the
 * shared test database. Created through the REST API: recorded by a clerk, triaged by a quality manager.
 *
 * <ul>
 *   <li>{@code old}: a customer's complaint received 30 days ago, untriaged: overdue</li>
 *   <li>{@code ancient}: anonymous inquiry received 40 days ago: overdue</li>
 *   <li>{@code triaged}: triaged (medium, major: injury, department), received 2 hours ago</li>
 *   <li>{@code fresh}: a suggestion received 1 hour ago</li>
 * </ul>
 */
public final class LedgerFixture {

    public final TestUsers.TestUser clerk;
    public final TestUsers.TestUser quality;
    public final TestUsers.TestDepartment department;
    public final long categoryId;
    public final long customerId;
    public final String marker;
    public final JsonObject old;
    public final JsonObject ancient;
    public final JsonObject triaged;
    public final JsonObject fresh;

    public LedgerFixture() {
        department = TestUsers.department("质量部 " + TestUsers.unique("q"));
        clerk = TestUsers.user(department.id(), "CLERK");
        quality = TestUsers.user(department.id(), "QUALITY_MANAGER");
        marker = TestUsers.unique("LGR").toUpperCase();
        categoryId = category(marker.replace('-', '_'), "2d");
        Api.Reply customer = clerk.api().post("/api/customers", Api.object().add("code", marker)
                .add("name", "上海" + marker + "汽车零部件有限公司").add("transactionCount", 5));
        if (customer.status() != 201) {
            throw new AssertionError(customer.toString());
        }
        customerId = customer.json().getJsonNumber("id").longValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        old = record("COMPLAINT", now.minus(Duration.ofDays(30)), customerId, false, "HIGH", "外壳开裂，客户停线, \"紧急\"", "A");
        ancient = record("INQUIRY", now.minus(Duration.ofDays(40)), null, true, "LOW", "询问交期", "D");
        triaged = record("COMPLAINT", now.minus(Duration.ofHours(2)), null, false, "HIGH", "包装破损", "C");
        fresh = record("SUGGESTION", now.minus(Duration.ofHours(1)), null, false, "LOW", "建议改进包装", "B");
        Api.Reply triage = quality.api().post("/api/complaints/" + triaged.getJsonNumber("id") + "/triage",
                Api.object().add("validity", "VALID").add("priority", "MEDIUM").add("departmentId", department.id())
                        .add("majorReasons", Api.strings("INJURY")));
        if (triage.status() != 200) {
            throw new AssertionError(triage.toString());
        }
    }

    /** A new active category with this first-reply deadline; returns its id. */
    public static long category(String code, String firstReply) {
        Api.Reply reply = Api.admin().post("/api/categories", Api.object().add("code", code).add("nameEn", "Ledger test " + code)
                .add("nameZh", "台帐测试 " + code).add("firstReplyWithin", firstReply).add("responseHighWithin", "3d")
                .add("responseMediumWithin", "5d").add("responseLowWithin", "10d").add("active", true));
        if (reply.status() != 201) {
            throw new AssertionError(reply.toString());
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject record(String type, Instant receivedAt, Long customer, boolean anonymous, String urgency, String words, String tag) {
        var body = Api.object().add("channel", "PHONE").add("type", type).add("categoryId", categoryId)
                .add("anonymous", anonymous).add("customerWords", words).add("urgency", urgency)
                .add("receivedAt", receivedAt.toString()).add("product", marker + "-" + tag);
        if (customer != null) {
            body.add("customerId", customer);
        } else if (!anonymous) {
            body.add("contactName", "王先生");
        }
        Api.Reply reply = clerk.api().post("/api/complaints", body);
        if (reply.status() != 201) {
            throw new AssertionError(reply.toString());
        }
        return reply.json();
    }

    public static String number(JsonObject complaint) {
        return complaint.getString("number");
    }

    public List<String> all() {
        return List.of(number(old), number(ancient), number(triaged), number(fresh));
    }
}
