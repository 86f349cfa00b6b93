-- 1,000,000 complaints over the last 14 months, written straight into PostgreSQL with generate_series.
-- Needs generate-reference.sql first (departments, handlers, 5,000 customers). Complaints already present
-- (the REST creation load) keep their numbers: generated numbers of a month continue after the month's
-- counter, and the counters are raised afterwards, so later intake over REST stays unique and gap-free.
--
-- Distributions (roughly what a manufacturer's complaint desk sees):
--   received_at  skewed to recent months (age = 426 days * u^1.2), never in the future
--   category     product quality 30 %, delivery 15 %, service 12 %, technical 10 %, account/order 8 %,
--                packaging 8 %, other 6 %, price 5 %, payment 5 %, safety 1 %
--   customer     85 % name one of the 5,000 customers, skewed (a few big customers complain most: u^2)
--   status       by age: older than 30 days 97 % closed; 7-30 days about 60 % closed; last week mostly open
--   deadlines    first reply after 2 days (safety: 4 hours); response after 3/5/10 days by priority
--   overdue      follows from the above: old open complaints and recent ones past their deadlines (~3 %)
--   major 2 %, repeat 8 %
\set ON_ERROR_STOP on
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;

CREATE TEMP TABLE bench_handler AS
SELECT row_number() OVER (ORDER BY u.id)::int AS idx, u.id AS user_id, u.department_id
FROM app_user u WHERE u.username LIKE 'bench-handler-%';

CREATE TEMP TABLE bench_category AS
SELECT row_number() OVER (ORDER BY sort_order)::int AS idx, id, code FROM complaint_category;

CREATE TEMP TABLE bench_gen AS
SELECT g.i,
       date_trunc('second', (now() AT TIME ZONE 'UTC') - interval '10 minutes'
           - interval '426 days' * power(random(), 1.2)) AS received_at,
       random() AS r_cat, random() AS r_cust, random() AS r_status, random() AS r_misc, random() AS r_reply,
       random() AS r_close, random() AS r_urg, random() AS r_ch, random() AS r_type, random() AS r_pick,
       1 + floor(random() * (SELECT count(*) FROM bench_handler))::int AS h_idx
FROM generate_series(1, 1000000) AS g(i);

CREATE TEMP TABLE bench_row AS
SELECT b.*,
       extract(epoch FROM ((now() AT TIME ZONE 'UTC') - b.received_at)) / 86400 AS age_days,
       to_char((b.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai', 'YYYYMM') AS period,
       CASE WHEN r_cat < .30 THEN 1 WHEN r_cat < .45 THEN 2 WHEN r_cat < .57 THEN 3 WHEN r_cat < .62 THEN 4
            WHEN r_cat < .72 THEN 5 WHEN r_cat < .77 THEN 6 WHEN r_cat < .85 THEN 7 WHEN r_cat < .93 THEN 8
            WHEN r_cat < .94 THEN 9 ELSE 10 END AS cat_idx,
       CASE WHEN r_urg < .20 THEN 'HIGH' WHEN r_urg < .75 THEN 'MEDIUM' ELSE 'LOW' END AS urgency
FROM bench_gen b;

ALTER TABLE bench_row ADD COLUMN status VARCHAR(30);
UPDATE bench_row SET status = CASE
    WHEN age_days > 30 THEN CASE WHEN r_status < .90 THEN 'CLOSED' WHEN r_status < .97 THEN 'CLOSED_INVALID'
        WHEN r_status < .98 THEN 'AWAITING_CONFIRMATION' WHEN r_status < .99 THEN 'INVESTIGATING'
        WHEN r_status < .995 THEN 'REOPENED' ELSE 'TRIAGED' END
    WHEN age_days > 7 THEN CASE WHEN r_status < .55 THEN 'CLOSED' WHEN r_status < .62 THEN 'CLOSED_INVALID'
        WHEN r_status < .72 THEN 'AWAITING_CONFIRMATION' WHEN r_status < .87 THEN 'INVESTIGATING'
        WHEN r_status < .95 THEN 'TRIAGED' WHEN r_status < .97 THEN 'REOPENED' ELSE 'RECEIVED' END
    ELSE CASE WHEN r_status < .15 THEN 'CLOSED' WHEN r_status < .20 THEN 'CLOSED_INVALID'
        WHEN r_status < .28 THEN 'AWAITING_CONFIRMATION' WHEN r_status < .50 THEN 'INVESTIGATING'
        WHEN r_status < .75 THEN 'TRIAGED' ELSE 'RECEIVED' END
    END;

INSERT INTO complaint (number, received_at, recorded_at, recorded_by, channel, feedback_type, category_id, customer_id,
                       anonymous, contact_name, contact_phone, contact_email, product, order_no, batch_no,
                       quantity_affected, customer_words, key_details, initial_urgency, priority, status, validity,
                       invalid_reason, major, major_reasons, department_id, handler_id, repeat_of_id, is_repeat,
                       calendar_code, first_reply_due, response_due, first_replied_at, closed_at, resolution, version)
SELECT 'CF' || r.period || lpad(r.seq::text, greatest(4, length(r.seq::text)), '0'),  -- %04d, wider when needed
       r.received_at,
       r.received_at + interval '1 minute' * floor(r_misc * 240),
       'bench-generator',
       (ARRAY['PHONE', 'PHONE', 'PHONE', 'EMAIL', 'EMAIL', 'WEB_FORM', 'WEB_FORM', 'VISIT', 'LETTER_FAX',
              'SOCIAL_MEDIA', 'FIELD_SERVICE', 'INTERNAL_AUDIT'])[1 + floor(r_ch * 12)::int],
       CASE WHEN r_type < .70 THEN 'COMPLAINT' WHEN r_type < .80 THEN 'GRIEVANCE'
            WHEN r_type < .88 THEN 'INQUIRY' WHEN r_type < .95 THEN 'SUGGESTION' ELSE 'PRAISE' END,
       c.id,
       CASE WHEN r_cust >= .15 THEN (SELECT min(id) FROM customer) + floor(5000 * power(r_pick, 2))::bigint END,
       r_cust < .05,
       CASE WHEN r_cust >= .05 THEN (ARRAY['李经理', '王工', 'Mr. Smith', '张女士', 'Ms. Chen'])[1 + floor(r_reply * 5)::int] END,
       CASE WHEN r_cust >= .05 THEN '+86 138 0000 ' || lpad((r.i % 10000)::text, 4, '0') END,
       NULL,
       'P-' || (r.i * 31 % 200),
       'SO' || (2400000 + r.i),
       'B' || (2400 + r.i % 200),
       1 + r.i % 50,
       (ARRAY['外壳开裂, 12 件 cracked housings on arrival',
              'Delivery arrived three days late, the line stopped for a shift',
              '客服电话无人接听 nobody answered the hotline for two days',
              'Invoice amount does not match the quotation',
              '设备运行噪音过大 the unit is much louder than specified',
              '包装破损, 产品受潮 packaging torn, goods damp',
              'The replacement part does not fit the older model'])[1 + r.i % 7],
       NULL,
       r.urgency,
       CASE WHEN r.status IN ('RECEIVED', 'CLOSED_INVALID') THEN NULL ELSE r.urgency END,
       r.status,
       CASE WHEN r.status = 'RECEIVED' THEN NULL WHEN r.status = 'CLOSED_INVALID' THEN 'INVALID' ELSE 'VALID' END,
       CASE WHEN r.status = 'CLOSED_INVALID' THEN 'Not our product / duplicate of an earlier report' END,
       r_misc < .02,
       CASE WHEN r_misc < .01 THEN 'BATCH' WHEN r_misc < .02 THEN 'PRODUCTION_STOP' END,
       CASE WHEN r.status NOT IN ('RECEIVED', 'CLOSED_INVALID') THEN h.department_id END,
       CASE WHEN r.status NOT IN ('RECEIVED', 'CLOSED_INVALID') AND r_reply < .8 THEN h.user_id END,
       NULL,
       r_close < .08,
       'CN',
       r.received_at + CASE WHEN c.code = 'SAFETY_INJURY' THEN interval '4 hours' ELSE interval '2 days' END,
       r.received_at + CASE r.urgency WHEN 'HIGH' THEN interval '3 days' WHEN 'MEDIUM' THEN interval '5 days'
                                      ELSE interval '10 days' END,
       CASE WHEN r.status = 'RECEIVED' AND r_reply < .5 THEN NULL
            ELSE least(r.received_at + interval '1 hour' * floor(r_reply * 72), now() AT TIME ZONE 'UTC') END,
       CASE WHEN r.status IN ('CLOSED', 'CLOSED_INVALID')
            THEN least(r.received_at + interval '1 hour' * (24 + floor(r_close * 480)), now() AT TIME ZONE 'UTC') END,
       CASE WHEN r.status = 'CLOSED' THEN 'Replaced the affected units; supplier corrective action 8D' END,
       0
FROM (SELECT b.*, coalesce(s.last_value, 0) + row_number() OVER (PARTITION BY b.period ORDER BY b.received_at, b.i) AS seq
      FROM bench_row b LEFT JOIN complaint_sequence s ON s.period = b.period) r
JOIN bench_category c ON c.idx = r.cat_idx
JOIN bench_handler h ON h.idx = r.h_idx;

-- What the entity stores on every write (Complaint.lateFrom), as migration V440 computes it.
UPDATE complaint SET late_from = CASE
    WHEN status IN ('CLOSED', 'CLOSED_INVALID') THEN NULL
    WHEN first_replied_at IS NULL AND first_reply_due < response_due THEN first_reply_due
    ELSE response_due END
WHERE recorded_by = 'bench-generator';

-- The month counters continue after the generated numbers.
INSERT INTO complaint_sequence (period, last_value)
SELECT period, count(*)::int FROM bench_row GROUP BY period
ON CONFLICT (period) DO UPDATE SET last_value = complaint_sequence.last_value + excluded.last_value;

DROP TABLE bench_gen;
DROP TABLE bench_row;
