package org.vocdesk.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.survey.boundary.Analysis;
import org.vocdesk.survey.entity.InvitationStatus;
import org.vocdesk.survey.entity.QuestionKind;
import org.vocdesk.survey.entity.Satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The aggregate queries of the campaign analysis: counts and sums grouped in the database, never entities in bulk. */
@ApplicationScoped
public class SurveyAnalysis {

    private static final int MAX_REASONS = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Per project type: count, average, bands and per-question averages. Bands and questions are read for all types
     * in one grouped query each: one pass over the campaign's answers instead of one per type.
     */
    public List<Analysis.TypeFigures> projectTypes(long campaignId) {
        Map<String, List<Analysis.BandCount>> bands = bands(campaignId);
        Map<String, List<Analysis.QuestionAverage>> questions = questions(campaignId);
        List<Analysis.TypeFigures> figures = new ArrayList<>();
        for (Object[] row : em.createQuery("select t.projectType, min(t.nameZh), min(t.nameEn), count(i), avg(i.score) from SurveyInvitation i"
                        + " join i.template t where i.campaign.id = :c and i.status = :s group by t.projectType order by t.projectType", Object[].class)
                .setParameter("c", campaignId).setParameter("s", InvitationStatus.SUBMITTED).getResultList()) {
            String type = (String) row[0];
            figures.add(new Analysis.TypeFigures(type, (String) row[1], (String) row[2], (Long) row[3], decimal(row[4]),
                    bands.getOrDefault(type, noBands()), questions.getOrDefault(type, List.of())));
        }
        return figures;
    }

    /** Per project type, the count of each band (every band listed, zeros included). */
    private Map<String, List<Analysis.BandCount>> bands(long campaignId) {
        Map<String, Map<Satisfaction, Long>> counts = new LinkedHashMap<>();
        em.createQuery("select t.projectType, i.band, count(i) from SurveyInvitation i join i.template t where i.campaign.id = :c"
                        + " and i.status = :s group by t.projectType, i.band", Object[].class)
                .setParameter("c", campaignId).setParameter("s", InvitationStatus.SUBMITTED).getResultList()
                .forEach(r -> counts.computeIfAbsent((String) r[0], type -> zeros()).put((Satisfaction) r[1], (Long) r[2]));
        Map<String, List<Analysis.BandCount>> bands = new LinkedHashMap<>();
        counts.forEach((type, byBand) -> bands.put(type, byBand.entrySet().stream()
                .map(e -> new Analysis.BandCount(e.getKey().name(), e.getValue())).toList()));
        return bands;
    }

    private static Map<Satisfaction, Long> zeros() {
        Map<Satisfaction, Long> counts = new LinkedHashMap<>();
        for (Satisfaction s : Satisfaction.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    private static List<Analysis.BandCount> noBands() {
        return zeros().keySet().stream().map(s -> new Analysis.BandCount(s.name(), 0L)).toList();
    }

    /** Per project type and question the mean of its items' points (a level's points, as in the total score). */
    private Map<String, List<Analysis.QuestionAverage>> questions(long campaignId) {
        Map<String, Map<Integer, Object[]>> byPosition = new LinkedHashMap<>();
        Map<String, Map<Integer, long[]>> sums = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select t.projectType, q.position, q.textZh, q.textEn, a.rating, count(a) from SurveyAnswer a"
                        + " join a.question q join a.invitation i join i.template t where i.campaign.id = :c and i.status = :s"
                        + " and q.kind = :rating and a.rating is not null group by t.projectType, q.position, q.textZh, q.textEn, a.rating"
                        + " order by t.projectType, q.position", Object[].class)
                .setParameter("c", campaignId).setParameter("s", InvitationStatus.SUBMITTED)
                .setParameter("rating", QuestionKind.RATING).getResultList()) {
            String type = (String) r[0];
            int position = (Integer) r[1];
            byPosition.computeIfAbsent(type, t -> new LinkedHashMap<>()).putIfAbsent(position, r);
            long[] sum = sums.computeIfAbsent(type, t -> new LinkedHashMap<>()).computeIfAbsent(position, p -> new long[2]);
            long count = (Long) r[5];
            sum[0] += count * ((Satisfaction) r[4]).points();
            sum[1] += count;
        }
        Map<String, List<Analysis.QuestionAverage>> questions = new LinkedHashMap<>();
        byPosition.forEach((type, rows) -> questions.put(type, rows.entrySet().stream().map(e -> {
            long[] sum = sums.get(type).get(e.getKey());
            return new Analysis.QuestionAverage(e.getKey(), (String) e.getValue()[2], (String) e.getValue()[3], sum[1],
                    BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 2, RoundingMode.HALF_UP));
        }).toList()));
        return questions;
    }

    /** This campaign and the earlier ones (by period), for the comparison. */
    public List<Analysis.CampaignAverage> history(long campaignId) {
        return em.createQuery("select c.id, c.name, count(i), avg(i.score) from SurveyInvitation i join i.campaign c, SurveyCampaign me"
                        + " where me.id = :c and c.periodStart <= me.periodStart and i.status = :s"
                        + " group by c.id, c.name, c.periodStart order by c.periodStart", Object[].class)
                .setParameter("c", campaignId).setParameter("s", InvitationStatus.SUBMITTED).setMaxResults(20).getResultList().stream()
                .map(r -> new Analysis.CampaignAverage((Long) r[0], (String) r[1], (Long) r[2], decimal(r[3]))).toList();
    }

    /**
     * Responses that gave suggestions or need follow-up, lowest scores first, with the items rated not satisfied.
     * Ordered by score and id so that ix_survey_invitation_score (V811) yields the first 500 without sorting
     * the campaign (2 s to 25 ms at 100,000 responses).
     */
    public List<Analysis.Reason> reasons(long campaignId, int satisfiedFrom) {
        List<Object[]> rows = em.createQuery("select i.id, cu.name, i.score, i.band, i.suggestionText from SurveyInvitation i join i.customer cu"
                        + " where i.campaign.id = :c and i.status = :s and (i.suggestionText is not null or i.score < :below"
                        + " or exists (select a from SurveyAnswer a where a.invitation = i and a.rating = :not)) order by i.score, i.id", Object[].class)
                .setParameter("c", campaignId).setParameter("s", InvitationStatus.SUBMITTED)
                .setParameter("below", BigDecimal.valueOf(satisfiedFrom).subtract(new BigDecimal("0.5")))
                .setParameter("not", Satisfaction.NOT_SATISFIED).setMaxResults(MAX_REASONS).getResultList();
        Map<Long, StringBuilder> items = notSatisfied(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new Analysis.Reason((String) r[1], (BigDecimal) r[2], ((Satisfaction) r[3]).name(), (String) r[4],
                items.getOrDefault((Long) r[0], new StringBuilder()).toString())).toList();
    }

    private Map<Long, StringBuilder> notSatisfied(List<Long> invitationIds) {
        Map<Long, StringBuilder> items = new LinkedHashMap<>();
        if (invitationIds.isEmpty()) {
            return items;
        }
        em.createQuery("select a.invitation.id, q.textZh, q.textEn from SurveyAnswer a join a.question q where a.invitation.id in :ids"
                        + " and a.rating = :not order by q.position", Object[].class)
                .setParameter("ids", invitationIds).setParameter("not", Satisfaction.NOT_SATISFIED).getResultList()
                .forEach(r -> {
                    StringBuilder b = items.computeIfAbsent((Long) r[0], k -> new StringBuilder());
                    b.append(b.isEmpty() ? "" : "; ").append(r[1]).append(" / ").append(r[2]);
                });
        return items;
    }

    public Analysis.ImprovementCounts improvementCounts(long campaignId) {
        Object[] r = em.createQuery("select count(a), sum(case when a.actionDoneAt is null or a.repliedAt is null then 1 else 0 end)"
                + " from ImprovementAction a where a.campaignId = :c", Object[].class).setParameter("c", campaignId).getSingleResult();
        return new Analysis.ImprovementCounts((Long) r[0], r[1] == null ? 0 : ((Number) r[1]).longValue());
    }

    private static BigDecimal decimal(Object average) {
        return average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
