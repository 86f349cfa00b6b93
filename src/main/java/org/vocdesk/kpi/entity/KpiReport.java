package org.vocdesk.kpi.entity;

import java.util.List;

/** The KPIs of a scope, their monthly trend, and the satisfaction score of each campaign of the period (by period). */
public record KpiReport(KpiScope scope, List<KpiFigure> figures, List<MonthFigures> months, List<CampaignScore> campaigns) {

    public KpiFigure figure(Kpi kpi) {
        return figures.stream().filter(f -> f.kpi() == kpi).findFirst().orElseThrow();
    }
}
