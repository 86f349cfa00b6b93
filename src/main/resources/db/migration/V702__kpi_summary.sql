-- The monthly KPI summary (issue 7 benchmark: the dashboard over a year of 1,000,000 complaints in under a second).
-- Per month of receipt (its start in the company's zone), responsible department (0: none), category and triaged
-- priority ('NONE': not yet), the counts of every KPI condition that does not depend on the time of reading and the
-- handling-time sums (org.vocdesk.kpi.entity.SummaryColumn); per month and customer, the complaints. Kept by every
-- write of a complaint in its transaction (kpi.control.KpiSummaryListener); filled from the complaints by V703.
CREATE TABLE kpi_month (
    month_start          TIMESTAMP   NOT NULL,
    department_id        BIGINT      NOT NULL,
    category_id          BIGINT      NOT NULL,
    priority             VARCHAR(10) NOT NULL,
    complaints           BIGINT NOT NULL,
    open_n               BIGINT NOT NULL,
    major_n              BIGINT NOT NULL,
    repeat_n             BIGINT NOT NULL,
    unresolved_repeat_n  BIGINT NOT NULL,
    production_stop_n    BIGINT NOT NULL,
    not_triaged_n        BIGINT NOT NULL,
    replied_n            BIGINT NOT NULL,
    replied_on_time_n    BIGINT NOT NULL,
    replied_late_n       BIGINT NOT NULL,
    contacted_n          BIGINT NOT NULL,
    result_reported_n    BIGINT NOT NULL,
    closed_responsible_n BIGINT NOT NULL,
    handled_on_time_n    BIGINT NOT NULL,
    handled_late_n       BIGINT NOT NULL,
    handled_n            BIGINT NOT NULL,
    handling_seconds     BIGINT NOT NULL,
    handling_n           BIGINT NOT NULL,
    CONSTRAINT pk_kpi_month PRIMARY KEY (month_start, department_id, category_id, priority)
);

CREATE TABLE kpi_month_customer (
    month_start TIMESTAMP NOT NULL,
    customer_id BIGINT    NOT NULL,
    complaints  BIGINT    NOT NULL,
    CONSTRAINT pk_kpi_month_customer PRIMARY KEY (month_start, customer_id)
);

-- What the summary cannot hold because it changes with the time of reading is counted over the few complaints still
-- waiting on a deadline, each through an index that holds only what the count reads: unreplied and past the reply
-- deadline, open and past the response deadline, overdue (late_from); and the median reads the handling times in
-- order, skipping to the middle one.
CREATE INDEX ix_complaint_unreplied ON complaint (first_replied_at, first_reply_due, received_at, validity, department_id, category_id, customer_id);
CREATE INDEX ix_complaint_open_due ON complaint (closed_at, response_due, received_at, validity, department_id, category_id, customer_id);
CREATE INDEX ix_complaint_late_kpi ON complaint (late_from, received_at, department_id, category_id, customer_id);
CREATE INDEX ix_complaint_handling ON complaint (status, handling_seconds, received_at, department_id, category_id, customer_id);
