package org.vocdesk.security;

import jakarta.json.JsonObject;
import org.vocdesk.it.Api;

/** Complaints of a given department, made through the REST API as a clerk would record and a quality manager triage them. */
final class ScopeFixture {

    private ScopeFixture() {
    }

    /** A complaint recorded by the clerk and triaged into the department; returns its id. */
    static long complaintIn(long departmentId, Api clerk, Api quality, String words) {
        long category = clerk.get("/api/categories").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        return complaint(departmentId, null, category, "", clerk, quality, words).getJsonNumber("id").longValue();
    }

    /** A complaint of the category with this product, triaged into the department with the handler (null: none), as REST shows it. */
    static JsonObject complaint(long departmentId, Long handlerId, long category, String product, Api clerk, Api quality, String words) {
        return complaint(null, departmentId, handlerId, category, product, clerk, quality, words);
    }

    /** The same for a customer of the customer file (null: a contact person only), received ten minutes ago. */
    static JsonObject complaint(Long customerId, long departmentId, Long handlerId, long category, String product, Api clerk, Api quality,
                                String words) {
        return complaint(customerId, departmentId, handlerId, category, product, clerk, quality, words, java.time.Instant.now().minusSeconds(600));
    }

    static JsonObject complaint(Long customerId, long departmentId, Long handlerId, long category, String product, Api clerk, Api quality,
                                String words, java.time.Instant receivedAt) {
        var intake = Api.object().add("channel", "PHONE").add("type", "COMPLAINT")
                .add("categoryId", category).add("anonymous", false).add("contactName", "李女士").add("product", product)
                .add("customerWords", words).add("urgency", "MEDIUM").add("receivedAt", receivedAt.toString());
        if (customerId != null) {
            intake.add("customerId", customerId);
        }
        Api.Reply recorded = clerk.post("/api/complaints", intake);
        if (recorded.status() != 201) {
            throw new AssertionError(recorded.toString());
        }
        long id = recorded.json().getJsonNumber("id").longValue();
        var decision = Api.object().add("validity", "VALID").add("priority", "MEDIUM").add("departmentId", departmentId);
        if (handlerId != null) {
            decision.add("handlerId", handlerId);
        }
        Api.Reply triaged = quality.post("/api/complaints/" + id + "/triage", decision);
        if (triaged.status() != 200) {
            throw new AssertionError(triaged.toString());
        }
        return triaged.json();
    }

    /** A small text attachment on the complaint; returns its id. */
    static long attach(long complaintId, Api clerk) {
        Api.Reply reply = clerk.post("/api/complaints/" + complaintId + "/attachments?fileName=note.txt", "客户来电记录 / call note");
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return reply.json().getJsonNumber("id").longValue();
    }
}
