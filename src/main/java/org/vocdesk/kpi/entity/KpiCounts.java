package org.vocdesk.kpi.entity;

import org.vocdesk.complaint.control.Criterion;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one aggregate query counts over a set of complaints: how many, how many in each criterion, and the sum
 * of the stored handling times of those handled. Counts add up, so a period's counts are its months' sum.
 */
public record KpiCounts(long complaints, Map<Criterion, Long> byCriterion, long handlingSeconds, long handled) {

    public KpiCounts {
        EnumMap<Criterion, Long> copy = new EnumMap<>(Criterion.class);
        copy.putAll(byCriterion);
        byCriterion = copy;
    }

    public static KpiCounts none() {
        return new KpiCounts(0, Map.of(), 0, 0);
    }

    public long count(Criterion criterion) {
        return byCriterion.getOrDefault(criterion, 0L);
    }

    /** These counts without those of a subset (a part of a month outside the period). */
    public KpiCounts minus(KpiCounts other) {
        EnumMap<Criterion, Long> difference = new EnumMap<>(Criterion.class);
        difference.putAll(byCriterion);
        other.byCriterion.forEach((criterion, count) -> difference.merge(criterion, -count, Long::sum));
        return new KpiCounts(complaints - other.complaints, difference, handlingSeconds - other.handlingSeconds, handled - other.handled);
    }

    public KpiCounts plus(KpiCounts other) {
        EnumMap<Criterion, Long> sum = new EnumMap<>(Criterion.class);
        sum.putAll(byCriterion);
        other.byCriterion.forEach((criterion, count) -> sum.merge(criterion, count, Long::sum));
        return new KpiCounts(complaints + other.complaints, sum, handlingSeconds + other.handlingSeconds, handled + other.handled);
    }
}
