-- EXPLAIN ANALYZE of the dashboard's one-pass KPI count (KpiQueries.countsByPeriod as Hibernate renders it, except the
-- month bucket, approximated here by arithmetic where the product uses a CASE over the month bounds), with
-- the twelve months up to now as buckets, and the other dashboard queries,, on a database kept by KEEP_DB=1 bench/dashboard.sh:
--   psql -d bench_kpi -f bench/explain-dashboard.sql
\set ON_ERROR_STOP on
\timing on
SELECT date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months' - interval '8 hours' AS y0 \gset
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.bucket, count(*), sum(t.m0), sum(t.m1), sum(t.m2), sum(t.m3), sum(t.m4), sum(t.m5), sum(t.m6), sum(t.m7),
       sum(t.m8), sum(t.m9), sum(t.m10), sum(t.m11), sum(t.m12), sum(t.m13), sum(t.m14), sum(t.m15), sum(t.hs), sum(t.hn)
FROM (SELECT floor(extract(epoch FROM c.received_at - :'y0'::timestamp) / (86400 * 30.44))::int AS bucket,
             CASE WHEN c.closed_at IS NULL THEN 1 ELSE 0 END m0,
             CASE WHEN c.late_from < now() THEN 1 ELSE 0 END m1,
             CASE WHEN c.major THEN 1 ELSE 0 END m2,
             CASE WHEN c.is_repeat THEN 1 ELSE 0 END m3,
             CASE WHEN c.is_repeat AND c.closed_at IS NULL THEN 1 ELSE 0 END m4,
             CASE WHEN c.major_reasons LIKE '%PRODUCTION_STOP%' THEN 1 ELSE 0 END m5,
             CASE WHEN c.priority IS NULL THEN 1 ELSE 0 END m6,
             CASE WHEN (c.validity IS NULL OR c.validity <> 'INVALID') AND (c.first_replied_at IS NOT NULL OR c.first_reply_due <= now()) THEN 1 ELSE 0 END m7,
             CASE WHEN (c.validity IS NULL OR c.validity <> 'INVALID') AND c.first_replied_at <= c.first_reply_due THEN 1 ELSE 0 END m8,
             CASE WHEN (c.validity IS NULL OR c.validity <> 'INVALID') AND (c.first_replied_at > c.first_reply_due OR (c.first_replied_at IS NULL AND c.first_reply_due <= now())) THEN 1 ELSE 0 END m9,
             CASE WHEN c.first_replied_at IS NOT NULL THEN 1 ELSE 0 END m10,
             CASE WHEN c.status IN ('AWAITING_CONFIRMATION', 'CLOSED', 'CLOSED_INVALID') THEN 1 ELSE 0 END m11,
             CASE WHEN (c.validity IS NULL OR c.validity <> 'INVALID') AND (c.closed_at IS NOT NULL OR c.response_due <= now()) THEN 1 ELSE 0 END m12,
             CASE WHEN (c.validity IS NULL OR c.validity <> 'INVALID') AND c.closed_at <= c.response_due THEN 1 ELSE 0 END m13,
             CASE WHEN (c.validity IS NULL OR c.validity <> 'INVALID') AND (c.closed_at > c.response_due OR (c.closed_at IS NULL AND c.response_due <= now())) THEN 1 ELSE 0 END m14,
             CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END m15,
             CASE WHEN c.status = 'CLOSED' AND c.handling_seconds IS NOT NULL THEN c.handling_seconds ELSE 0 END hs,
             CASE WHEN c.status = 'CLOSED' AND c.handling_seconds IS NOT NULL THEN 1 ELSE 0 END hn
      FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
      WHERE c.received_at >= :'y0'::timestamp) t
GROUP BY t.bucket;
EXPLAIN (ANALYZE, BUFFERS)
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.handling_seconds) FROM complaint c
WHERE c.received_at >= :'y0'::timestamp AND c.status = 'CLOSED' AND c.handling_seconds IS NOT NULL;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.category_id, c.priority, count(*) FROM complaint c WHERE c.received_at >= :'y0'::timestamp GROUP BY 1, 2;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.customer_id, cu.code, cu.name, count(*) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE c.received_at >= :'y0'::timestamp AND c.customer_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 4 DESC, 2 LIMIT 10;
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.department_id, count(*) FROM complaint c WHERE c.late_from < now() AT TIME ZONE 'UTC' GROUP BY 1 ORDER BY 2 DESC;
