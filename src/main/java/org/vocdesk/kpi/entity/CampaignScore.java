package org.vocdesk.kpi.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A satisfaction survey campaign's score: the average of the scores of its valid (submitted) responses, two
 * decimals as in the survey analysis; null when it has none yet.
 */
public record CampaignScore(long campaignId, String name, LocalDate periodStart, LocalDate periodEnd, long responses,
                            BigDecimal averageScore) {
}
