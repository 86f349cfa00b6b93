-- Lock-out after repeated failed logins (issue 8): consecutive failures, and when the account was locked
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_at TIMESTAMP;
