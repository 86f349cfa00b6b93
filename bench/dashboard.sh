#!/usr/bin/env bash
# The KPI dashboard at 1,000,000 complaints on PostgreSQL:  bench/dashboard.sh [label]
#
# Fresh database, Payara Micro on it, reference data and 1,000,000 complaints from bench/generate-*.sql, the
# stored handling times the entity would have measured at closure (approximated: the generator writes no
# calendar walk), then GET /api/kpis/dashboard for the last twelve months (every dashboard query in one
# request: monthly counts of every criterion, median, category x priority, top customers, overdue by
# department), and GET /api/kpis alone. Finally EXPLAIN ANALYZE of the one-pass count query.
# Output: bench/out/<label>/{results.txt,run.log,server.log,explain.txt}. Settings as bench/run.sh (BENCH_PORT,
# BENCH_DB, PGHOST, PGPORT, PGUSER, JAVA_OPTS, WAR, KEEP_DB) plus RUNS (20), WARMUP (5) and REUSE_DB=1 (measure on
# the database a KEEP_DB=1 run left, without generating again), RECOUNT_RUNS (3).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABEL=${1:-dashboard}
PORT=${BENCH_PORT:-18861}
DB=${BENCH_DB:-bench_kpi}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-5}
. bench/common.sh

record "label: $LABEL"
record "date: $(date -Iseconds)"
record "machine: nproc=$(nproc), load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
record "postgresql: $(psql -d postgres -Atc 'show server_version')"
record "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"

[ -f "$WAR" ] && [ -f target/payara-micro.jar ] || { log "building the WAR"; mvn -B -q -o package -DskipTests; }

if [ "${REUSE_DB:-0}" != 1 ]; then
    dropdb --if-exists "$DB"
    createdb "$DB"
fi
log "starting Payara Micro on port $PORT"
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB$PG_URL_OPTIONS" DB_USER="$PGUSER" DB_PASSWORD= \
DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource VOCDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --disablephonehome > "$OUT/server.log" 2>&1 &
SERVER=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { log "the server died, see $OUT/server.log"; exit 1; }
    sleep 1
done
log "server ready"

mkdir -p "$OUT/classes"
javac -d "$OUT/classes" bench/src/BenchClient.java
client() { java -cp "$OUT/classes" BenchClient "$@"; }
[ "${REUSE_DB:-0}" = 1 ] || sql -f bench/generate-reference.sql
TOKEN=$(client setup "$BASE" "$ADMIN_PASSWORD")
# the KPIs are for managers and auditors: the benchmark's user (a clerk) reads them as an auditor too
sql -c "INSERT INTO app_user_role (user_id, role) SELECT u.id, 'AUDITOR' FROM app_user u WHERE u.username LIKE 'bench-clerk-%'
        AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'AUDITOR')"
if [ "${REUSE_DB:-0}" != 1 ]; then
log "generating 1,000,000 complaints in SQL"
sql -f bench/generate-complaints.sql
# The stored working-time handling duration (Complaint.measureHandlingTime at closure), approximated for the
# generated rows: 8 working hours per 24 h, 5 working days in 7.
sql -c "UPDATE complaint SET handling_seconds = floor(extract(epoch FROM closed_at - received_at) * 8 / 24 * 5 / 7)
        WHERE status = 'CLOSED' AND recorded_by = 'bench-generator'"
sql -c 'VACUUM ANALYZE'
fi
record "data: $(psql -d "$DB" -Atc "select count(*) || ' complaints, table+indexes ' || pg_size_pretty(pg_total_relation_size('complaint')) from complaint")"
record "last twelve months: $(psql -d "$DB" -Atc "select count(*) from complaint where received_at >= date_trunc('month', now()) - interval '11 months'") complaints"

loadavg "before the dashboard load"
client get "$BASE" "$TOKEN" "$WARMUP" "$RUNS" dashboard-year "/api/kpis/dashboard" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
client get "$BASE" "$TOKEN" "$WARMUP" "$RUNS" kpis-year "/api/kpis" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
# the same dashboard counted from the complaints themselves (recount=true: what every request did before the monthly
# summary, V702), on the same server and data, for a before/after at the same load
client get "$BASE" "$TOKEN" 1 "${RECOUNT_RUNS:-3}" dashboard-year-recount "/api/kpis/dashboard?recount=true" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
DEPARTMENT=$(psql -d "$DB" -Atc "select id from department order by id limit 1 offset 1")
client get "$BASE" "$TOKEN" "$WARMUP" "$RUNS" dashboard-year-department "/api/kpis/dashboard?departmentId=$DEPARTMENT" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
loadavg "after the dashboard load"
grep -i "slow\|SQL Warning" "$OUT/server.log" | head -5 || true
log "done: $RESULTS"
