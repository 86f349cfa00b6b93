package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.SurveyCampaign;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign with its live figures: eligible customers now (and % of all active customers), issued, returned
 * and the return rate against the target.
 */
public record CampaignView(long id, String name, String periodKind, LocalDate periodStart, LocalDate periodEnd, Instant respondBy,
                           int minTransactions, int targetPercent, String status, String projectType, int templateRevision,
                           Long departmentId, long eligible, long allCustomers, double eligiblePercent, long issued, long returned,
                           double returnRate, boolean targetReached, long version) {

    static CampaignView of(SurveyCampaign c, long eligible, long allCustomers, long issued, long returned) {
        double rate = org.vocdesk.survey.entity.Eligibility.percent(returned, issued);
        return new CampaignView(c.getId(), c.getName(), c.getPeriodKind().name(), c.getPeriodStart(), c.getPeriodEnd(), c.getRespondBy(),
                c.getMinTransactions(), c.getTargetPercent(), c.getStatus().name(), c.getTemplate().getProjectType(),
                c.getTemplate().getRevision(), c.getDepartment() == null ? null : c.getDepartment().getId(), eligible, allCustomers,
                org.vocdesk.survey.entity.Eligibility.percent(eligible, allCustomers), issued, returned, rate,
                issued > 0 && rate >= c.getTargetPercent(), c.getVersion());
    }
}
