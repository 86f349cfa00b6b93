-- Issue 3 benchmark (bench/RESULTS.md, "Escalation"): 10,000 steps due at one due_at made every batch query sort
-- the remaining due rows by id. With id in the index the batch comes off it in order and the scan stops at the
-- batch size.
DROP INDEX ix_escalation_step_due;
CREATE INDEX ix_escalation_step_due ON escalation_step (status, due_at, id);
