-- Escalation steps for the 1,000,000 generated complaints (run after generate-complaints.sql), none of them due:
--   closed complaints   their first-reply and response handler steps, long since SENT or CANCELLED (2 each)
--   open complaints     the response chain (handler, department, quality, general manager) PENDING, due in
--                       1 to 30 days
-- bench/escalation.sh then makes a chosen number of open complaints' handler steps due.
\set ON_ERROR_STOP on
SET work_mem = '256MB';
SET synchronous_commit = off;

INSERT INTO escalation_step (subject_type, subject_id, subject_ref, deadline_kind, level, deadline_at, due_at, status,
                             created_at, claimed_by, claimed_at, done_at, recipients, note)
SELECT 'COMPLAINT', c.id, c.number, k.kind, 'HANDLER', k.deadline, k.deadline, s.status, c.recorded_at,
       CASE WHEN s.status = 'SENT' THEN 'bench' END, CASE WHEN s.status = 'SENT' THEN k.deadline END,
       coalesce(c.closed_at, k.deadline), CASE WHEN s.status = 'SENT' THEN 1 ELSE 0 END,
       CASE WHEN s.status = 'CANCELLED' THEN 'deadline met or record closed' END
FROM complaint c
CROSS JOIN LATERAL (VALUES ('FIRST_REPLY', c.first_reply_due), ('RESPONSE', c.response_due)) AS k(kind, deadline)
-- (c.id in the expression keeps PostgreSQL from computing random() once for all rows)
CROSS JOIN LATERAL (SELECT CASE WHEN random() + 0 * c.id < .15 THEN 'SENT' ELSE 'CANCELLED' END AS status) AS s
WHERE c.status IN ('CLOSED', 'CLOSED_INVALID');

INSERT INTO escalation_step (subject_type, subject_id, subject_ref, deadline_kind, level, deadline_at, due_at, status,
                             created_at, recipients)
SELECT 'COMPLAINT', c.id, c.number, 'RESPONSE', l.level, c.response_due,
       date_trunc('second', (now() AT TIME ZONE 'UTC') + interval '1 day' * (l.n + random() * 26)), 'PENDING',
       c.recorded_at, 0
FROM complaint c
CROSS JOIN (VALUES ('HANDLER', 1), ('DEPARTMENT_MANAGER', 2), ('QUALITY_MANAGER', 3), ('GENERAL_MANAGER', 4)) AS l(level, n)
WHERE c.status NOT IN ('CLOSED', 'CLOSED_INVALID');
