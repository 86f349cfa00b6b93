package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.SurveyInvitation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One invitation/response as staff see it. */
public record ResponseView(long id, long campaignId, String campaignName, LocalDate periodStart, LocalDate periodEnd, long customerId,
                           String customerName, String projectType, String status, String mode, String email, Instant issuedAt,
                           Instant remindedAt, Instant submittedAt, BigDecimal score, String band, String suggestion,
                           Long improvementId) {

    static ResponseView of(SurveyInvitation i, Long improvementId) {
        return new ResponseView(i.getId(), i.getCampaign().getId(), i.getCampaign().getName(), i.getCampaign().getPeriodStart(),
                i.getCampaign().getPeriodEnd(), i.getCustomer().getId(), i.getCustomer().getName(), i.getTemplate().getProjectType(),
                i.getStatus().name(), i.getResponseMode() == null ? null : i.getResponseMode().name(), i.getEmail(), i.getIssuedAt(),
                i.getRemindedAt(), i.getSubmittedAt(), i.getScore(), i.getBand() == null ? null : i.getBand().name(),
                i.getSuggestionText(), improvementId);
    }
}
