-- Report jobs (issue 6): the node running or queueing a job marks it alive every minute, so a job left behind by a
-- stopped server is found (alive_at too old) and failed with a reason instead of staying "queued" or "running".
ALTER TABLE report_job ADD COLUMN alive_at TIMESTAMP;
UPDATE report_job SET alive_at = COALESCE(finished_at, started_at, created_at);
ALTER TABLE report_job ALTER COLUMN alive_at SET NOT NULL;
CREATE INDEX ix_report_job_alive ON report_job (status, alive_at);
