package org.vocdesk.survey.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The campaign analysis of the summary tables (客户满意度调查汇总表) and the analysis report: issued and returned
 * with their percentages, per project type the band distribution, the average and the average per question,
 * earlier campaigns for comparison, the reasons customers gave and the improvement actions.
 */
public record Analysis(CampaignView campaign, long issued, long returned, long valid, long allCustomers, double issuedOfCustomers,
                       double returnedOfIssued, double returnedOfCustomers, List<TypeFigures> projectTypes,
                       List<CampaignAverage> history, List<Reason> reasons, List<ImprovementView> improvements,
                       ImprovementCounts improvementCounts) {

    /** All improvement actions of the campaign and how many are still open (the list shows the first ones). */
    public record ImprovementCounts(long total, long open) {
    }

    public record TypeFigures(String projectType, String nameZh, String nameEn, long responses, BigDecimal average,
                              List<BandCount> bands, List<QuestionAverage> questions) {
    }

    public record BandCount(String band, long count) {
    }

    public record QuestionAverage(int position, String textZh, String textEn, long answers, BigDecimal average) {
    }

    public record CampaignAverage(long campaignId, String name, long responses, BigDecimal average) {
    }

    public record Reason(String customerName, BigDecimal score, String band, String suggestion, String notSatisfiedItems) {
    }
}
