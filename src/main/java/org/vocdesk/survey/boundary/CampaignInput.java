package org.vocdesk.survey.boundary;

import org.vocdesk.platform.entity.Text;
import org.vocdesk.survey.entity.PeriodKind;

import java.time.Instant;
import java.time.LocalDate;

/** A new campaign; minTransactions defaults to 3, targetPercent to 80, periodKind to ANNUAL. */
public record CampaignInput(@Text(max = 200, required = true) String name, PeriodKind periodKind, LocalDate periodStart,
                            Instant respondBy, Integer minTransactions, Integer targetPercent,
                            @Text(max = 40, required = true) String projectType, Long departmentId) {
}
