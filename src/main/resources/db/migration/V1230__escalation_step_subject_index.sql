-- A complaint's intake plans about ten escalation steps, and each step was entered in five indexes. One of them,
-- (subject_type, subject_id), repeats the first columns of the unique key uk_escalation_step, whose index answers
-- the same lookups (a record's steps, for planning and for its page).
DROP INDEX ix_escalation_step_subject;
