#!/usr/bin/env bash
# The complaint ledger as a PDF of 100,000 complaints, on PostgreSQL:  bench/ledger-report.sh [label]
#
# Fresh database, Payara Micro with -Xmx512m (JAVA_OPTS) on it, reference data and COMPLAINTS (100,000) complaints
# from bench/generate-*.sql (the generator's 1,000,000 scaled down with sed), then the ledger PDF as a background job
# (POST /api/reports/complaint-ledger/jobs, polled until done) for about a quarter, half and all of the complaints
# (receivedFrom chosen from the received_at quantiles), to see time and memory grow linearly. jstat samples the
# server's heap every 500 ms during each job: "peak heap used" is the highest young + old occupancy seen (garbage
# included), GC the collector time spent during the job. Finally single small reports after warm-up: the monthly
# analysis PDF and the ledger PDF of one typical customer (direct downloads, BenchClient get).
# Output: bench/out/<label>/{results.txt,run.log,server.log,jstat-*.txt}. Settings as bench/run.sh (BENCH_PORT,
# BENCH_DB, PGHOST, PGPORT, PGUSER, JAVA_OPTS, WAR, KEEP_DB) plus COMPLAINTS, RUNS (10), WARMUP (3).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABEL=${1:-ledger-report}
PORT=${BENCH_PORT:-18612}
DB=${BENCH_DB:-bench_reports}
COMPLAINTS=${COMPLAINTS:-100000}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-3}
. bench/common.sh

record "label: $LABEL"
record "date: $(date -Iseconds)"
record "machine: nproc=$(nproc), load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
record "postgresql: $(psql -d postgres -Atc 'show server_version')"
record "server: JAVA_OPTS=$JAVA_OPTS"
record "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src reports || echo ' (+ uncommitted changes)')"

[ -f "$WAR" ] && [ -f target/payara-micro.jar ] || { log "building the WAR"; mvn -B -q -o package -DskipTests; }

dropdb --if-exists "$DB"
createdb "$DB"
log "starting Payara Micro on port $PORT"
REPORTS_FOLDER="$OUT/files"
mkdir -p "$REPORTS_FOLDER"
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB$PG_URL_OPTIONS" DB_USER="$PGUSER" DB_PASSWORD= \
DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource VOCDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
VOCDESK_REPORT_FOLDER="$REPORTS_FOLDER" \
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
sql -f bench/generate-reference.sql
TOKEN=$(client setup "$BASE" "$ADMIN_PASSWORD")
# the monthly analysis is for managers and auditors: the benchmark's user (a clerk) reads it as an auditor too
sql -c "INSERT INTO app_user_role (user_id, role) SELECT u.id, 'AUDITOR' FROM app_user u WHERE u.username LIKE 'bench-clerk-%'
        AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'AUDITOR')"
log "generating $COMPLAINTS complaints in SQL"
sed "s/generate_series(1, 1000000)/generate_series(1, $COMPLAINTS)/" bench/generate-complaints.sql | sql
sql -c 'VACUUM ANALYZE'
record "data: $(psql -d "$DB" -Atc "select count(*) || ' complaints, table+indexes ' || pg_size_pretty(pg_total_relation_size('complaint')) from complaint")"

# jstat needs the JVM's pid: the java process started above (SERVER is its pid)
peak_heap() { awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$1"; }
gc_seconds() { awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if (first == "") first = $NF; last = $NF } END { printf "%.1f", last - first }' "$1"; }

ledger_job() { # $1: name, $2: query string
    local name=$1 query=$2 stats="$OUT/jstat-$1.txt"
    jstat -gc "$SERVER" 500 > "$stats" &
    local sampler=$!
    local started job status
    started=$(date +%s.%N)
    job=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/reports/complaint-ledger/jobs?$query")
    local id
    id=$(echo "$job" | jq -r .id)
    while true; do
        status=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/reports/jobs/$id")
        case "$(echo "$status" | jq -r .status)" in DONE|FAILED) break ;; esac
        sleep 0.5
    done
    local ended
    ended=$(date +%s.%N)
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    local rows size
    # received_at is stored in UTC; a day in the company's zone (Asia/Shanghai) starts 8 hours earlier in UTC
    rows=$(psql -d "$DB" -Atc "select count(*) from complaint where received_at >= '${3:-1900-01-01}'::date - interval '8 hours'")
    size=$(echo "$status" | jq -r .sizeBytes)
    record "RESULT|ledger-pdf-$name|status $(echo "$status" | jq -r .status), rows $rows, $(awk "BEGIN { printf \"%.1f\", $ended - $started }") s, PDF $((size / 1024 / 1024)) MB, peak heap used $(peak_heap "$stats") MB, GC $(gc_seconds "$stats") s, load $(cut -d' ' -f1-3 /proc/loadavg)"
}

quantile_day() { psql -d "$DB" -Atc "select to_char((percentile_disc($1) within group (order by received_at)) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') from complaint"; }
QUARTER=$(quantile_day 0.75)
HALF=$(quantile_day 0.5)

loadavg "before the ledger PDFs"
ledger_job quarter "receivedFrom=$QUARTER&lang=zh" "$QUARTER"
ledger_job half "receivedFrom=$HALF&lang=zh" "$HALF"
ledger_job all "lang=zh"
ledger_job all-again "lang=zh"
loadavg "after the ledger PDFs"

CUSTOMER=$(psql -d "$DB" -Atc "select customer_id from complaint where customer_id is not null group by customer_id order by count(*) desc offset 2000 limit 1")
MONTH=$(date +%Y-%m)
client get "$BASE" "$TOKEN" "$WARMUP" "$RUNS" monthly-analysis-pdf "/api/reports/monthly-analysis?month=$MONTH&lang=zh" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
client get "$BASE" "$TOKEN" "$WARMUP" "$RUNS" ledger-pdf-one-customer "/api/reports/complaint-ledger?customerId=$CUSTOMER&lang=zh" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
record "one customer's ledger: $(psql -d "$DB" -Atc "select count(*) from complaint where customer_id = $CUSTOMER") complaints"
loadavg "after the single reports"
log "done: $RESULTS"
