-- EXPLAIN ANALYZE of the campaign analysis queries (SurveyAnalysis, as Hibernate renders them), for the campaign
-- :campaign (bench/survey.sh substitutes it).
\echo '-- per project type: count and average'
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.project_type, min(t.name_zh), min(t.name_en), count(i.id), avg(i.score)
FROM survey_invitation i JOIN survey_template t ON t.id = i.template_id
WHERE i.campaign_id = :campaign AND i.status = 'SUBMITTED' GROUP BY t.project_type ORDER BY t.project_type;
\echo '-- bands of one project type'
EXPLAIN (ANALYZE, BUFFERS)
SELECT i.band, count(i.id) FROM survey_invitation i JOIN survey_template t ON t.id = i.template_id
WHERE i.campaign_id = :campaign AND i.status = 'SUBMITTED' AND t.project_type = 'TECHNICAL_SERVICE' GROUP BY i.band;
\echo '-- per question rating counts of one project type'
EXPLAIN (ANALYZE, BUFFERS)
SELECT q.position, q.text_zh, q.text_en, a.rating, count(a.id)
FROM survey_answer a JOIN survey_question q ON q.id = a.question_id JOIN survey_invitation i ON i.id = a.invitation_id
JOIN survey_template t ON t.id = i.template_id
WHERE i.campaign_id = :campaign AND i.status = 'SUBMITTED' AND t.project_type = 'TECHNICAL_SERVICE' AND q.kind = 'RATING'
  AND a.rating IS NOT NULL GROUP BY q.position, q.text_zh, q.text_en, a.rating ORDER BY q.position;
\echo '-- comparison with earlier campaigns'
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.id, c.name, count(i.id), avg(i.score) FROM survey_invitation i JOIN survey_campaign c ON c.id = i.campaign_id
CROSS JOIN survey_campaign me WHERE me.id = :campaign AND c.period_start <= me.period_start AND i.status = 'SUBMITTED'
GROUP BY c.id, c.name, c.period_start ORDER BY c.period_start LIMIT 20;
\echo '-- reasons (first 500)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT i.id, cu.name, i.score, i.band, i.suggestion_text FROM survey_invitation i JOIN customer cu ON cu.id = i.customer_id
WHERE i.campaign_id = :campaign AND i.status = 'SUBMITTED' AND (i.suggestion_text IS NOT NULL OR i.score < 89.5
  OR EXISTS (SELECT 1 FROM survey_answer a WHERE a.invitation_id = i.id AND a.rating = 'NOT_SATISFIED'))
ORDER BY i.score, cu.name LIMIT 500;
\echo '-- improvement action counts'
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(a.id), sum(CASE WHEN a.action_done_at IS NULL OR a.replied_at IS NULL THEN 1 ELSE 0 END)
FROM survey_improvement a WHERE a.campaign_id = :campaign;
