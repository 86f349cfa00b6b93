package org.vocdesk.audit.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.MigratedSchema;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations create every audit table Envers writes, as it maps them (Hibernate validates the lot on H2). */
class AuditSchemaTest {

    static final Class<?>[] ALL_ENTITIES = {org.vocdesk.calendar.entity.BusinessCalendar.class, org.vocdesk.calendar.entity.CalendarExceptionDay.class, org.vocdesk.calendar.entity.CalendarWorkingHours.class, org.vocdesk.capa.entity.Approval.class, org.vocdesk.capa.entity.Capa.class, org.vocdesk.capa.entity.CapaAction.class, org.vocdesk.capa.entity.CustomerDeadline.class, org.vocdesk.capa.entity.EightDReport.class, org.vocdesk.capa.entity.EightDStep.class, org.vocdesk.capa.entity.Evidence.class, org.vocdesk.capa.entity.EvidenceContent.class, org.vocdesk.capa.entity.FishboneCause.class, org.vocdesk.capa.entity.MeetingAttendee.class, org.vocdesk.capa.entity.ReviewMeeting.class, org.vocdesk.capa.entity.WhyChain.class, org.vocdesk.closure.entity.ConfirmationToken.class, org.vocdesk.closure.entity.CustomerReply.class, org.vocdesk.closure.entity.FollowUp.class, org.vocdesk.closure.entity.ReplyTemplate.class, org.vocdesk.complaint.entity.Attachment.class, org.vocdesk.complaint.entity.AttachmentContent.class, org.vocdesk.complaint.entity.Category.class, org.vocdesk.complaint.entity.Complaint.class, org.vocdesk.complaint.entity.ComplaintEvent.class, org.vocdesk.complaint.entity.CustomerWait.class, org.vocdesk.customer.entity.Customer.class, org.vocdesk.escalation.entity.EscalationRule.class, org.vocdesk.escalation.entity.EscalationStep.class, org.vocdesk.escalation.entity.PlanRequest.class, org.vocdesk.identity.entity.ApiToken.class, org.vocdesk.identity.entity.AppUser.class, org.vocdesk.identity.entity.Department.class, org.vocdesk.kpi.entity.ImprovementPlan.class, org.vocdesk.notification.entity.Notice.class, org.vocdesk.notification.entity.OutboxMail.class, org.vocdesk.returns.entity.CompensationClaim.class, org.vocdesk.returns.entity.ReturnRequest.class, org.vocdesk.signature.entity.Signature.class, org.vocdesk.signature.entity.SignedContent.class, org.vocdesk.survey.entity.ImprovementAction.class, org.vocdesk.survey.entity.SurveyAnswer.class, org.vocdesk.survey.entity.SurveyCampaign.class, org.vocdesk.survey.entity.SurveyInvitation.class, org.vocdesk.survey.entity.SurveyQuestion.class, org.vocdesk.survey.entity.SurveyTemplate.class, org.vocdesk.survey.entity.CustomerTransaction.class};

    @Test
    void everyAuditTableMatchesTheMapping() {
        try (SessionFactory sessions = MigratedSchema.sessions("audit-schema", ALL_ENTITIES)) {
            long tables = sessions.fromSession(s -> s.createNativeQuery(
                    "select count(*) from information_schema.tables where lower(table_name) like '%\\_aud' escape '\\'", Long.class)
                    .getSingleResult());
            assertThat(tables).isEqualTo(46); // 39 audited entities and 7 of their collections
        }
    }
}
