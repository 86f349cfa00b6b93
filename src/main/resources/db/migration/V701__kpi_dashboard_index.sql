-- The dashboard at a million complaints (bench/RESULTS.md, "Dashboard"): its aggregates read a year of complaints,
-- and scanning the wide complaint rows (customer words, contacts) cost seconds per query. Every column the KPIs
-- read, led by received_at, in one narrow index, so PostgreSQL answers them with index-only scans. (A plain
-- multi-column index because H2 has no INCLUDE.)
CREATE INDEX ix_complaint_kpi ON complaint (received_at, status, validity, closed_at, late_from, first_replied_at,
    first_reply_due, response_due, handling_seconds, priority, category_id, department_id, customer_id, major,
    is_repeat, major_reasons);
