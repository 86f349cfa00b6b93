-- The ledger at a million complaints (bench/RESULTS.md): every filter index ends in (received_at, id), the
-- ledger's default order including its tie-break, so the first page is read straight off the index in
-- order (no sort step) and the bounded total (ComplaintLedger.total) is an index-only scan that stops
-- after 10,001 entries. They replace the (x, received_at) indexes of V400, so intake writes no more indexes.
DROP INDEX ix_complaint_received;
DROP INDEX ix_complaint_status_received;
DROP INDEX ix_complaint_category_received;
DROP INDEX ix_complaint_customer_received;
DROP INDEX ix_complaint_department_received;
CREATE INDEX ix_complaint_received_id ON complaint (received_at, id);
CREATE INDEX ix_complaint_status_received_id ON complaint (status, received_at, id);
CREATE INDEX ix_complaint_category_received_id ON complaint (category_id, received_at, id);
CREATE INDEX ix_complaint_customer_received_id ON complaint (customer_id, received_at, id);
CREATE INDEX ix_complaint_department_received_id ON complaint (department_id, received_at, id);
