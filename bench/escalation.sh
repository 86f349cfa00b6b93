#!/usr/bin/env bash
# Escalation timer benchmark on PostgreSQL:  bench/escalation.sh [label]
#
# Creates a fresh database, starts Payara Micro on it (its own timers idle: period one day), generates the
# benchmark's 1,000,000 complaints (bench/generate-reference.sql, bench/generate-complaints.sql) and their
# escalation steps (bench/generate-escalation-steps.sql, none due), then times runs of the escalation engine
# through POST /api/escalations/runs, which runs exactly what the timer runs:
#   - with nothing due (RUNS_EMPTY runs after warm-up): target < 20 ms
#   - with 1,000 and then 10,000 due handler steps, each claimed, its notice written and its e-mail queued in
#     the outbox (no SMTP host is configured, so the mails stay queued): target < 5 s for 10,000
# and records EXPLAIN (ANALYZE, BUFFERS) of the run's queries with nothing and with 10,000 due. Notices go out
# at any hour here (VOCDESK_ESCALATION_WORKING_TIME_ONLY=false): otherwise a run at night would only defer.
# Output: bench/out/<label>/{results.txt,explain.txt,run.log,server.log}; the database is dropped at the end
# (KEEP_DB=1 keeps it). Run it on a quiet machine: the load average is recorded with the numbers.
#
# Settings (environment): BENCH_PORT (18110), BENCH_DB (bench_escalation), PGHOST, PGPORT, PGUSER (as run.sh),
# RUNS_EMPTY (50), WAR (target/vocdesk.war), JAVA_OPTS (-Xmx512m), REUSE_DB=1 (measure again on the database a KEEP_DB=1 run,
# or an interrupted one, left: no generation; steps left due by an interrupted run are put back into the future first).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABEL=${1:-escalation}
PORT=${BENCH_PORT:-18110}
DB=${BENCH_DB:-bench_escalation}
RUNS_EMPTY=${RUNS_EMPTY:-50}
. bench/common.sh
EXPLAIN=$OUT/explain.txt
: > "$EXPLAIN"
scalar() { psql -d "$DB" -Atc "$1"; }

record "label: $LABEL"
record "date: $(date -Iseconds)"
record "machine: nproc=$(nproc), memory=$(free -m | awk '/Mem:/ {print $2}') MB"
record "postgresql: $(psql -d postgres -Atc 'show server_version')"
record "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"
loadavg "at start"

if [ ! -f "$WAR" ] || [ ! -f target/payara-micro.jar ]; then
    log "building the WAR"
    mvn -B -q package -DskipTests
fi

if [ "${REUSE_DB:-0}" != 1 ]; then
    log "fresh database $DB as $PGUSER"
    dropdb --if-exists "$DB"
    createdb "$DB"
fi

log "starting Payara Micro on port $PORT"
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB$PG_URL_OPTIONS" DB_USER="$PGUSER" DB_PASSWORD= \
DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource VOCDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
VOCDESK_ESCALATION_PERIOD_SECONDS=86400 VOCDESK_MAIL_PERIOD_SECONDS=86400 VOCDESK_ESCALATION_WORKING_TIME_ONLY=false \
    java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --disablephonehome > "$OUT/server.log" 2>&1 &
SERVER=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { log "the server died, see $OUT/server.log"; exit 1; }
    sleep 1
done
TOKEN=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" "$BASE/api/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')

if [ "${REUSE_DB:-0}" = 1 ]; then
    sql -c "UPDATE escalation_step SET due_at = due_at + interval '30 days' WHERE status = 'PENDING' AND due_at <= (now() AT TIME ZONE 'UTC')"
    sql -c 'VACUUM ANALYZE'
    record "reused database: $(scalar "select count(*) from complaint") complaints, $(scalar "select string_agg(status || '=' || n, ' ' order by status) from (select status, count(*) n from escalation_step group by status) s") steps"
else
log "generating 1,000,000 complaints and their escalation steps"
sql -f bench/generate-reference.sql
sql -f bench/generate-complaints.sql
# the handlers get addresses, so every notice also queues an e-mail
sql -c "UPDATE app_user SET email = username || '@bench.example' WHERE username LIKE 'bench-handler-%'"
T0=$(date +%s.%N)
sql -f bench/generate-escalation-steps.sql
T1=$(date +%s.%N)
sql -c 'VACUUM ANALYZE'
record "steps generated in $(echo "$T1 - $T0" | bc) s: $(scalar "select count(*) from complaint") complaints, $(scalar "select string_agg(status || '=' || n, ' ' order by status) from (select status, count(*) n from escalation_step group by status) s") steps, step table+indexes $(scalar "select pg_size_pretty(pg_total_relation_size('escalation_step'))")"
fi

run() { curl -s -o "$OUT/last-run.json" -w '%{time_total}' -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/escalations/runs"; }
millis() { sed 's/.*"millis":\([0-9]*\).*/\1/' "$OUT/last-run.json"; }

NOW_SQL="(now() AT TIME ZONE 'UTC')"
explain_run() {
    {
        echo "=== $1: the sweep of forgotten plans"
        psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT subject_type, subject_id FROM escalation_plan_request WHERE requested_at < $NOW_SQL - interval '30 seconds' ORDER BY requested_at LIMIT 200"
        echo "=== $1: the due steps (one batch)"
        psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM escalation_step WHERE status = 'PENDING' AND due_at <= $NOW_SQL ORDER BY due_at, id LIMIT 200"
    } >> "$EXPLAIN" 2>&1
}

loadavg "before the runs with nothing due"
log "runs with nothing due: 10 warm-up, then $RUNS_EMPTY"
for _ in $(seq 10); do run > /dev/null; done
: > "$OUT/empty.txt"
for _ in $(seq "$RUNS_EMPTY"); do
    total=$(run)
    echo "$(millis) $total" >> "$OUT/empty.txt"
done
record "nothing due, $RUNS_EMPTY runs: engine ms min/median/max $(sort -n "$OUT/empty.txt" | awk '{a[NR]=$1} END {print a[1] "/" a[int((NR+1)/2)] "/" a[NR]}'); with HTTP and token check, s median $(awk '{print $2}' "$OUT/empty.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
explain_run "nothing due"

make_due() {
    sql -c "UPDATE escalation_step s SET due_at = $NOW_SQL - interval '1 minute' FROM (
        SELECT s.id FROM escalation_step s JOIN complaint c ON c.id = s.subject_id
        WHERE s.status = 'PENDING' AND s.level = 'HANDLER' AND s.due_at > $NOW_SQL AND c.handler_id IS NOT NULL
          AND c.status IN ('TRIAGED', 'INVESTIGATING', 'REOPENED') LIMIT $1) d WHERE s.id = d.id"
    sql -c 'ANALYZE escalation_step'
}

for DUE in 1000 10000; do
    make_due "$DUE"
    [ "$DUE" = 10000 ] && explain_run "10,000 due"
    NOTICES=$(scalar "select count(*) from notice")
    MAILS=$(scalar "select count(*) from mail_outbox")
    loadavg "before the run with $DUE due"
    total=$(run)
    record "$DUE due: $(cat "$OUT/last-run.json") (engine ms); with HTTP $total s; notices +$(( $(scalar "select count(*) from notice") - NOTICES )), queued mails +$(( $(scalar "select count(*) from mail_outbox") - MAILS )); still due: $(scalar "select count(*) from escalation_step where status = 'PENDING' and due_at <= $NOW_SQL")"
done
total=$(run)
record "the run after: $(cat "$OUT/last-run.json"); with HTTP $total s"
loadavg "at the end"
log "done: $RESULTS, $EXPLAIN"
