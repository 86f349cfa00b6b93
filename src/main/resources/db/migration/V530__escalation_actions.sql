-- Acting on escalation notices and editing the rules (feature "escalation", user-facing part).
-- Runs unchanged on H2 2.2 and PostgreSQL 15.

-- A deadline a supervisor extended: recomputing the deadlines from the category (or calendar) never
-- brings it back before this moment.
ALTER TABLE complaint ADD COLUMN first_reply_extended_to TIMESTAMP;
ALTER TABLE complaint ADD COLUMN response_extended_to TIMESTAMP;

-- The warning may also fall a fixed working time before the deadline ("4h") instead of at a share of
-- the allowed time (warn_percent); at most one of the two is set.
ALTER TABLE escalation_rule ADD COLUMN warn_before VARCHAR(20);

-- the administrator's list of steps filters by status and kind and orders by due time
CREATE INDEX ix_escalation_step_kind_due ON escalation_step (deadline_kind, due_at);
