-- The ledger's "overdue" filter at a million complaints (bench/RESULTS.md): an OR over two deadlines and the
-- status could not use an index. The entity now stores when it becomes late (null once closed), kept on every
-- write, so "overdue" is one range condition on an index; the bounded total is an index-only scan.
ALTER TABLE complaint ADD COLUMN late_from TIMESTAMP;
UPDATE complaint SET late_from = CASE
    WHEN status IN ('CLOSED', 'CLOSED_INVALID') THEN NULL
    WHEN first_replied_at IS NULL AND first_reply_due < response_due THEN first_reply_due
    ELSE response_due END;
CREATE INDEX ix_complaint_late_from ON complaint (late_from, received_at, id);
