package org.vocdesk.kpi.entity;

/**
 * One category of the frequency x urgency matrix (seeds: 频次 x 紧急程度 高/中/低): complaints by triaged priority,
 * those not triaged yet, the total; {@code focus} when frequent or of high urgency: the seeds bring those to the
 * monthly complaint meeting. Categories come ordered by frequency, which makes the rows a Pareto as well.
 */
public record MatrixRow(long categoryId, String nameEn, String nameZh, long high, long medium, long low, long notTriaged,
                        long total, boolean frequent, int cumulativePercent) {

    public boolean focus() {
        return frequent || high > 0;
    }
}
