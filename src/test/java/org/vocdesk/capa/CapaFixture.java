package org.vocdesk.capa;

import jakarta.json.JsonObject;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestDepartment;
import org.vocdesk.it.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and a complaint under investigation for the capa tests: a quality manager, a production department
 * with its manager and a handler, a customer of their own, and a triaged complaint the handler investigates.
 */
final class CapaFixture {

    /** The customer contact's address: the closure link of the whole path is mailed there. */
    final String email = TestUsers.unique("qe") + "@customer.example.com";
    final TestUser quality = TestUsers.user("QUALITY_MANAGER");
    final TestUser manager = TestUsers.user("DEPARTMENT_MANAGER");
    final TestDepartment department = TestUsers.department("生产部 CAPA", manager.id());
    final TestUser handler = TestUsers.user(department.id(), "HANDLER");
    final long customerId;
    final String product = TestUsers.unique("H200");

    CapaFixture() {
        // the manager belongs to the department he manages
        Api.Reply moved = Api.admin().put("/api/users/" + manager.id(), Api.object().add("displayName", "Test " + manager.username())
                .add("email", manager.username() + "@example.com").add("roles", Api.strings("DEPARTMENT_MANAGER")).add("departmentId", department.id())
                .add("active", true));
        assertThat(moved.status()).as(moved.toString()).isBetween(200, 204);
        Api.Reply customer = quality.api().post("/api/customers", Api.object().add("code", TestUsers.unique("C")).add("name", "一汽测试 FAW test")
                .add("transactionCount", 3));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        customerId = customer.json().getJsonNumber("id").longValue();
    }

    /** A valid complaint of the customer, triaged to the production department and its handler, under investigation. */
    long complaintUnderInvestigation() {
        long id = record(java.time.Instant.now().minusSeconds(600));
        JsonObject decision = Api.object().add("validity", "VALID").add("priority", "HIGH").add("departmentId", department.id())
                .add("handlerId", handler.id()).add("majorReasons", Api.strings()).build();
        ok(quality.api().post("/api/complaints/" + id + "/triage", decision));
        ok(handler.api().post("/api/complaints/" + id + "/investigation", Api.object().add("comment", "开始调查")));
        return id;
    }

    long record(java.time.Instant receivedAt) {
        Api.Reply reply = quality.api().post("/api/complaints", Api.object().add("channel", "EMAIL").add("type", "COMPLAINT")
                .add("categoryId", 1).add("customerId", customerId).add("product", product).add("batchNo", "B2405")
                .add("contactEmail", email)
                .add("customerWords", "外壳开裂 cracked housing").add("urgency", "HIGH").add("receivedAt", receivedAt.toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply.body() == null || reply.body().isBlank() ? null : reply.json();
    }
}
