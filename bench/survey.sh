#!/usr/bin/env bash
# The campaign analysis at 100,000 responses on PostgreSQL:  bench/survey.sh [label]
#
# Fresh database, Payara Micro on it, bench/generate-survey.sql (100,000 customers; three annual campaigns of
# 100,000 invitations each, the measured one with ~780,000 answers and its improvement actions), then
# GET /api/surveys/campaigns/{id}/analysis: every query of the analysis page in one request (campaign figures,
# per project type counts, bands and per-question averages, comparison with earlier campaigns, reasons,
# improvement actions and their counts). Finally EXPLAIN ANALYZE of the heaviest queries (bench/explain-survey.sql).
# Output: bench/out/<label>/{results.txt,run.log,server.log,explain.txt}. Settings as bench/dashboard.sh
# (BENCH_PORT, BENCH_DB, PGHOST, PGPORT, PGUSER, JAVA_OPTS, WAR, KEEP_DB, RUNS, WARMUP, REUSE_DB).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABEL=${1:-survey}
PORT=${BENCH_PORT:-18655}
DB=${BENCH_DB:-vocdesk_survey_bench}
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
DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource VOCDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD VOCDESK_DEMO_ENABLED=false \
    java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --disablephonehome > "$OUT/server.log" 2>&1 &
SERVER=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { log "the server died, see $OUT/server.log"; exit 1; }
    sleep 2
done
log "server ready"

mkdir -p "$OUT/classes"
javac -d "$OUT/classes" bench/src/BenchClient.java
client() { java -cp "$OUT/classes" BenchClient "$@"; }
[ "${REUSE_DB:-0}" = 1 ] || sql -f bench/generate-reference.sql
TOKEN=$(client setup "$BASE" "$ADMIN_PASSWORD")
if [ "${REUSE_DB:-0}" != 1 ]; then
    log "generating 100,000 customers and 3 x 100,000 survey invitations in SQL"
    START=$(date +%s)
    sql -f bench/generate-survey.sql
    sql -c 'VACUUM ANALYZE'
    log "generated in $(( $(date +%s) - START )) s"
fi
CAMPAIGN=$(psql -d "$DB" -Atc "select id from survey_campaign where period_start = date '2025-01-01'")
record "data: $(psql -d "$DB" -Atc "select (select count(*) from survey_invitation where campaign_id = $CAMPAIGN and status = 'SUBMITTED') || ' responses in the measured campaign, '
    || (select count(*) from survey_invitation) || ' invitations in all, ' || (select count(*) from survey_answer) || ' answers, '
    || (select count(*) from survey_improvement) || ' improvement actions; survey tables+indexes '
    || pg_size_pretty(pg_total_relation_size('survey_invitation') + pg_total_relation_size('survey_answer') + pg_total_relation_size('survey_improvement'))")"

loadavg "before the analysis load"
client get "$BASE" "$TOKEN" "$WARMUP" "$RUNS" analysis-100k "/api/surveys/campaigns/$CAMPAIGN/analysis" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
loadavg "after the analysis load"
sed "s/:campaign/$CAMPAIGN/g" bench/explain-survey.sql | psql -d "$DB" -q > "$OUT/explain.txt" 2>&1 || true
grep -E "^ *(Execution Time|-- )" "$OUT/explain.txt" | tee -a "$RESULTS" || true
loadavg "after EXPLAIN"
log "done: $RESULTS"
