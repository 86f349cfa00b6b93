-- 100,000 survey responses for bench/survey.sh, on a freshly migrated database with the seeded questionnaires
-- (V801): 100,000 customers, two earlier annual campaigns (invitations with scores only, for the comparison)
-- and the measured campaign: 100,000 invitations, all submitted, project types 1/3 each, every rated item and
-- the suggestion answered (~780,000 answers), an improvement action for each response under 90 or with an
-- item not satisfied, three quarters of them done.
INSERT INTO customer (code, name, address, phone, contact_person, email, transaction_count, notes, active,
                      search_key, created_at, updated_at, version)
SELECT 'SB' || lpad(i::text, 6, '0'), '满意度客户 ' || i, NULL, NULL, NULL, NULL, 12, NULL, TRUE,
       lower('SB' || lpad(i::text, 6, '0') || ' customer ' || i), now() - interval '3 years', now() - interval '3 years', 0
FROM generate_series(1, 100000) AS i;

UPDATE survey_template SET locked = TRUE;

INSERT INTO survey_campaign (name, period_kind, period_start, period_end, respond_by, min_transactions, target_percent,
                             template_id, department_id, status, created_at, launched_at, all_customers, version)
SELECT y || ' 年度顾客满意度调查 bench', 'ANNUAL', make_date(y, 1, 1), make_date(y, 12, 31), make_timestamp(y + 1, 2, 1, 0, 0, 0), 3, 80,
       (SELECT id FROM survey_template WHERE project_type = 'TECHNICAL_SERVICE'), NULL, CASE WHEN y = 2025 THEN 'LIVE' ELSE 'CLOSED' END,
       make_timestamp(y + 1, 1, 2, 0, 0, 0), make_timestamp(y + 1, 1, 3, 0, 0, 0), 100000, 0
FROM generate_series(2023, 2025) AS y;

-- every campaign invites every customer; the project type rotates; scores roughly 60-100
CREATE TEMP TABLE bench_types AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, project_type FROM survey_template;

INSERT INTO survey_invitation (campaign_id, customer_id, template_id, token, language, email, status, response_mode, issued_at,
                               expires_at, reminded_at, submitted_at, entered_by, score, band, suggestion_given, suggestion_text, version)
SELECT c.id, cu.id, t.id, md5(c.id || '-' || cu.id) || substr(md5(cu.id || '+' || c.id), 1, 11), 'zh-CN', NULL, 'SUBMITTED',
       CASE WHEN cu.id % 5 = 0 THEN 'PAPER' ELSE 'ONLINE' END, c.launched_at, c.respond_by, NULL,
       c.launched_at + ((cu.id % 20) || ' days')::interval, NULL, s.score,
       CASE WHEN s.score >= 94.5 THEN 'VERY_SATISFIED' WHEN s.score >= 89.5 THEN 'SATISFIED'
            WHEN s.score >= 79.5 THEN 'BASICALLY_SATISFIED' ELSE 'NOT_SATISFIED' END,
       cu.id % 7 = 0, CASE WHEN cu.id % 7 = 0 THEN '希望缩短交货周期 / shorter lead times ' || cu.id END, 0
FROM survey_campaign c
CROSS JOIN customer cu
JOIN bench_types t ON t.n = cu.id % 3
CROSS JOIN LATERAL (SELECT round((60 + ((cu.id * 7919 + c.id * 104729) % 4001) / 100.0)::numeric, 2) AS score) s
WHERE cu.code LIKE 'SB%';

-- answers of the measured campaign: each rated item and the suggestion
INSERT INTO survey_answer (invitation_id, question_id, rating, choice, text_value)
SELECT i.id, q.id,
       CASE WHEN q.kind = 'RATING' THEN (ARRAY['VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'SATISFIED',
            'VERY_SATISFIED', 'NOT_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'VERY_SATISFIED'])[1 + ((i.id * 31 + q.position * 17) % 10)] END,
       CASE WHEN q.kind = 'SUGGESTION' THEN CASE WHEN i.suggestion_given THEN 1 ELSE 0 END END,
       CASE WHEN q.kind = 'SUGGESTION' THEN i.suggestion_text END
FROM survey_invitation i
JOIN survey_campaign c ON c.id = i.campaign_id AND c.period_start = DATE '2025-01-01'
JOIN survey_question q ON q.template_id = i.template_id AND q.kind IN ('RATING', 'SUGGESTION');

INSERT INTO survey_improvement (invitation_id, campaign_id, customer_id, department_id, owner_id, reason, opened_at, action_due, reply_due,
                                action_done_at, action_note, replied_at, reply_note, version)
SELECT i.id, i.campaign_id, i.customer_id, NULL, NULL, 'bench: ' || i.score, i.submitted_at, i.submitted_at + interval '28 days',
       i.submitted_at + interval '7 days',
       CASE WHEN i.id % 4 <> 0 THEN i.submitted_at + interval '20 days' END, CASE WHEN i.id % 4 <> 0 THEN 'done' END,
       CASE WHEN i.id % 4 <> 0 THEN i.submitted_at + interval '5 days' END, CASE WHEN i.id % 4 <> 0 THEN 'called' END, 0
FROM survey_invitation i
JOIN survey_campaign c ON c.id = i.campaign_id AND c.period_start = DATE '2025-01-01'
WHERE i.score < 89.5 OR EXISTS (SELECT 1 FROM survey_answer a WHERE a.invitation_id = i.id AND a.rating = 'NOT_SATISFIED');
