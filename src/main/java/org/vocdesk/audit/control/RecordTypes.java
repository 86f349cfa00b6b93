package org.vocdesk.audit.control;

import java.util.List;
import java.util.Map;

/**
 * The parts of a record kept in tables of their own: a complaint's history shows its timeline, attachments,
 * replies and returns; an 8D report's its steps, team, causes and approvals; and so on.
 */
final class RecordTypes {

    /** A table holding parts of a record, and its column naming the record. */
    record Part(String type, String ownerColumn) {
    }

    private static final Map<String, List<Part>> PARTS = Map.of(
            "complaint", List.of(new Part("complaint_event", "complaint_id"), new Part("complaint_attachment", "complaint_id"),
                    new Part("complaint_customer_wait", "complaint_id"), new Part("customer_reply", "complaint_id"),
                    new Part("follow_up", "complaint_id"), new Part("return_request", "complaint_id"),
                    new Part("compensation_claim", "complaint_id"), new Part("confirmation_token", "complaint_id")),
            "capa_report", List.of(new Part("capa_step", "report_id"), new Part("capa_team_member", "report_id"),
                    new Part("capa_suspect_stock", "report_id"), new Part("capa_document_update", "report_id"),
                    new Part("capa_why_chain", "report_id"), new Part("capa_cause", "report_id"),
                    new Part("capa_meeting", "report_id"), new Part("capa_approval", "report_id")),
            "capa_plan", List.of(new Part("capa_action", "capa_id"), new Part("capa_verification", "capa_id")),
            "customer", List.of(new Part("capa_customer_deadline", "customer_id")),
            "app_user", List.of(new Part("app_user_role", "user_id")),
            "business_calendar", List.of(new Part("calendar_working_hours", "calendar_id"), new Part("calendar_exception_day", "calendar_id")),
            "survey_template", List.of(new Part("survey_question", "template_id")),
            "survey_invitation", List.of(new Part("survey_answer", "invitation_id")),
            "improvement_plan", List.of(new Part("improvement_plan_complaint", "plan_id")));

    private RecordTypes() {
    }

    static List<Part> partsOf(String type) {
        return PARTS.getOrDefault(type, List.of());
    }

    /** The record a part table belongs to (complaint_event: complaint), or the type itself when it is no part. */
    static String recordOf(String type) {
        return PARTS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> p.type().equals(type)))
                .map(Map.Entry::getKey).findFirst().orElse(type);
    }
}
