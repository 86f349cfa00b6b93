-- The audit trail (V1000) was built beside the department scope (V1050), the lock-out (V1070) and the survey
-- transactions (V810): their columns and table join the trail here.
ALTER TABLE app_user_aud ADD COLUMN complaint_scope VARCHAR(20);
ALTER TABLE app_user_aud ADD COLUMN failed_logins INTEGER;
ALTER TABLE app_user_aud ADD COLUMN locked_at TIMESTAMP;

CREATE TABLE customer_transaction_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          SMALLINT,
    customer_id      BIGINT,
    reference        VARCHAR(60),
    transaction_date DATE,
    quantity         NUMERIC(14,3),
    source           VARCHAR(20),
    recorded_at      TIMESTAMP,
    recorded_by      VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_customer_transaction_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
CREATE INDEX ix_customer_transaction_aud_rev ON customer_transaction_aud (rev);
