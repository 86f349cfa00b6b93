-- EXPLAIN ANALYZE of the ledger's two queries (the total and the first page) as Hibernate sends them, for
-- the benchmark's filters. Run on a database kept by `KEEP_DB=1 bench/run.sh`:
--   psql -d bench_vocdesk -v category=2 -v customer=1 -v month_from="'2025-08-01'" -v month_to="'2025-09-01'" -f bench/explain.sql
\set ON_ERROR_STOP on
\pset pager off

\echo '=== status=INVESTIGATING: total'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(c.id) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.status = 'INVESTIGATING';
\echo '=== status=INVESTIGATING: page'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.number, c.received_at, cu.code, cu.name, cat.name_en, d.name, h.display_name
FROM complaint c JOIN complaint_category cat ON cat.id = c.category_id LEFT JOIN customer cu ON cu.id = c.customer_id
LEFT JOIN department d ON d.id = c.department_id LEFT JOIN app_user h ON h.id = c.handler_id
WHERE 1 = 1 AND c.status = 'INVESTIGATING' ORDER BY c.received_at DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;

\echo '=== categoryId: total'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(c.id) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.category_id = :category;
\echo '=== categoryId: page'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.number FROM complaint c JOIN complaint_category cat ON cat.id = c.category_id
LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.category_id = :category ORDER BY c.received_at DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;

\echo '=== overdue=true: total'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(c.id) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND (c.status NOT IN ('CLOSED', 'CLOSED_INVALID')
  AND (c.response_due < localtimestamp OR (c.first_replied_at IS NULL AND c.first_reply_due < localtimestamp)));
\echo '=== overdue=true: page'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.number FROM complaint c JOIN complaint_category cat ON cat.id = c.category_id
LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND (c.status NOT IN ('CLOSED', 'CLOSED_INVALID')
  AND (c.response_due < localtimestamp OR (c.first_replied_at IS NULL AND c.first_reply_due < localtimestamp)))
ORDER BY c.received_at DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;

\echo '=== one month: total'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(c.id) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.received_at >= :month_from AND c.received_at < :month_to;
\echo '=== one month: page'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.number FROM complaint c JOIN complaint_category cat ON cat.id = c.category_id
LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.received_at >= :month_from AND c.received_at < :month_to
ORDER BY c.received_at DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;

\echo '=== customerId: total'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(c.id) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.customer_id = :customer;
\echo '=== customerId: page'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.number FROM complaint c JOIN complaint_category cat ON cat.id = c.category_id
LEFT JOIN customer cu ON cu.id = c.customer_id
WHERE 1 = 1 AND c.customer_id = :customer ORDER BY c.received_at DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;

\echo '=== no filter: total'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(c.id) FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id WHERE 1 = 1;
