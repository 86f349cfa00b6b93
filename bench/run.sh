#!/usr/bin/env bash
# The VoC Desk benchmark on PostgreSQL, in one command:  bench/run.sh [label]
#
# Builds the WAR if missing, creates a fresh database, starts Payara Micro on it, records start-up time and
# RSS, runs the creation load (8 clients: 2,000 complaints cold, rounds of 4,000 until the JIT is quiet, then 2,000 measured), generates 1,000,000
# complaints in SQL, then measures the ledger's first page with typical filters; finally stops the server
# and drops the database (KEEP_DB=1 keeps it, e.g. for EXPLAIN ANALYZE with bench/explain.sql).
# Output: bench/out/<label>/{results.txt,run.log,server.log}. Not a test: nothing fails on a missed target.
#
# Settings (environment): BENCH_PORT (18801), BENCH_DB (bench_vocdesk), PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres, else root), CREATIONS (2000), WARMUP_ROUND (4000), WARMUP_MAX_ROUNDS (30),
# WARMUP_JIT_PERCENT (4), THREADS (8), LEDGER_RUNS (200),
# LEDGER_WARMUP (30), CREATION_ONLY (0; 1 stops after the creation load), WAR (target/vocdesk.war), COMPLAINTS (1,000,000; fixed in generate-complaints.sql), JAVA_OPTS (-Xmx512m), PAYARA_ARGS (more Payara Micro options),
# BENCH_TRACE (a directory: <label>.trace there gets each creation's start and latency in ms, to see when slow ones happen).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABEL=${1:-run}
PORT=${BENCH_PORT:-18801}
DB=${BENCH_DB:-bench_vocdesk}
CREATIONS=${CREATIONS:-2000}
WARMUP_ROUND=${WARMUP_ROUND:-4000}
WARMUP_MAX_ROUNDS=${WARMUP_MAX_ROUNDS:-30}
WARMUP_JIT_PERCENT=${WARMUP_JIT_PERCENT:-4}
THREADS=${THREADS:-8}
LEDGER_RUNS=${LEDGER_RUNS:-200}
LEDGER_WARMUP=${LEDGER_WARMUP:-30}

. bench/common.sh
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER/status"; }
# CPU time in clock ticks (USER_HZ, 100 a second) from /proc: the server, its JIT compiler threads, all cores busy
server_jiffies() { sed 's/.*) //' "/proc/$SERVER/stat" | awk '{print $12 + $13}'; }
jit_jiffies() {
    for task in /proc/"$SERVER"/task/*; do
        case "$(cat "$task/comm" 2>/dev/null)" in C[12]\ CompilerThre*) sed 's/.*) //' "$task/stat" ;; esac
    done | awk '{sum += $12 + $13} END {print sum + 0}'
}
machine_jiffies() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
per_creation() { printf "%.2f" "$(echo "scale=3; $1 * 10 / $CREATIONS" | bc)"; }

record "label: $LABEL"
record "date: $(date -Iseconds)"
record "machine: nproc=$(nproc), memory=$(free -m | awk '/Mem:/ {print $2}') MB, load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
record "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
record "jdk: $(java -version 2>&1 | head -1)"
record "postgresql: $(psql -d postgres -Atc 'show server_version')"
record "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"

if [ ! -f "$WAR" ] || [ ! -f target/payara-micro.jar ]; then
    log "building the WAR"
    mvn -B -q package -DskipTests
fi

log "fresh database $DB as $PGUSER"
dropdb --if-exists "$DB"
createdb "$DB"

log "starting Payara Micro on port $PORT"
START=$(date +%s.%N)
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB$PG_URL_OPTIONS" DB_USER="$PGUSER" DB_PASSWORD= \
DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource VOCDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --disablephonehome ${PAYARA_ARGS:-} > "$OUT/server.log" 2>&1 &
SERVER=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { log "the server died, see $OUT/server.log"; exit 1; }
    sleep 0.5
done
READY=$(date +%s.%N)
record "startup: $(echo "$READY - $START" | bc) s from process start to /health/ready 200 (JAVA_OPTS=$JAVA_OPTS)"
record "rss after start: $(rss)"

log "reference data: departments, handlers, 5,000 customers"
sql -f bench/generate-reference.sql
CUSTOMERS=$(psql -d "$DB" -Atc 'select count(*) from customer')

mkdir -p "$OUT/classes"
javac -d "$OUT/classes" bench/src/BenchClient.java
client() { java -cp "$OUT/classes" BenchClient "$@"; }
TOKEN=$(client setup "$BASE" "$ADMIN_PASSWORD")

log "cold: the first $CREATIONS creations after start"
client create "$BASE" "$TOKEN" "$CREATIONS" "$THREADS" "$CUSTOMERS" create-cold | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
# Under full load the JIT's one C2 thread gets little CPU: session 9 saw it still compiling Payara's request path
# (10% of the server's CPU) after 18,000 creations, and steady only after about 70,000. So the warm-up goes on
# in rounds until the compiler threads use under WARMUP_JIT_PERCENT of the server's CPU in two rounds running.
log "warm-up: rounds of $WARMUP_ROUND creations until the JIT is quiet (at most $WARMUP_MAX_ROUNDS rounds)"
QUIET=0
for ROUND in $(seq 1 "$WARMUP_MAX_ROUNDS"); do
    JIT0=$(jit_jiffies); CPU0=$(server_jiffies)
    client create "$BASE" "$TOKEN" "$WARMUP_ROUND" "$THREADS" "$CUSTOMERS" "warmup-$ROUND" >> "$OUT/run.log"
    JIT_SHARE=$(( ($(jit_jiffies) - JIT0) * 100 / ($(server_jiffies) - CPU0 + 1) ))
    log "warm-up round $ROUND: $(grep "^RESULT|warmup-$ROUND|" "$OUT/run.log" | grep -o 'throughput=[^ ]*'), JIT ${JIT_SHARE}% of the server's CPU"
    if [ "$JIT_SHARE" -lt "$WARMUP_JIT_PERCENT" ]; then QUIET=$((QUIET + 1)); else QUIET=0; fi
    [ "$QUIET" -ge 2 ] && break
done
STEADY="JIT quiet"
[ "$QUIET" -ge 2 ] || STEADY="JIT NOT quiet after $WARMUP_MAX_ROUNDS rounds: the measured load still includes compiling"
record "warm-up: $ROUND rounds, $((ROUND * WARMUP_ROUND)) creations; JIT share of the server's CPU in the last round ${JIT_SHARE}% ($STEADY)"
record "rss after warm-up: $(rss)"

loadavg "before the creation load"
log "creation load: $CREATIONS complaints by $THREADS clients"
JIT0=$(jit_jiffies); CPU0=$(server_jiffies); ALL0=$(machine_jiffies)
client create "$BASE" "$TOKEN" "$CREATIONS" "$THREADS" "$CUSTOMERS" create | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
record "cpu per creation in the creation load: server $(per_creation $(( $(server_jiffies) - CPU0 ))) ms (JIT compilers $(per_creation $(( $(jit_jiffies) - JIT0 ))) ms), whole machine $(per_creation $(( $(machine_jiffies) - ALL0 ))) ms"
record "rss after creation load: $(rss)"
loadavg "after the creation load"
record "numbers after the load: $(psql -d "$DB" -Atc "select count(*) || ' complaints, ' || count(distinct number) || ' distinct numbers' from complaint")"
if [ "${CREATION_ONLY:-0}" = 1 ]; then
    log "done (creation only): $RESULTS"
    exit 0
fi

log "generating 1,000,000 complaints in SQL"
T0=$(date +%s.%N)
sql -f bench/generate-complaints.sql
T1=$(date +%s.%N)
sql -c 'VACUUM ANALYZE'
T2=$(date +%s.%N)
record "generation: $(echo "$T1 - $T0" | bc) s insert, $(echo "$T2 - $T1" | bc) s VACUUM ANALYZE; $(psql -d "$DB" -Atc "select count(*) || ' complaints, ' || count(distinct number) || ' distinct numbers, table+indexes ' || pg_size_pretty(pg_total_relation_size('complaint')) from complaint")"
record "distribution: $(psql -d "$DB" -Atc "select string_agg(status || '=' || n, ' ' order by status) from (select status, count(*) n from complaint group by status) s")"

CATEGORY=$(psql -d "$DB" -Atc "select id from complaint_category where code = 'DELIVERY'")
BIG_CUSTOMER=$(psql -d "$DB" -Atc "select customer_id from complaint where customer_id is not null group by customer_id order by count(*) desc limit 1")
TYPICAL_CUSTOMER=$(psql -d "$DB" -Atc "select customer_id from (select customer_id, count(*) n from complaint where customer_id is not null group by customer_id) s order by n limit 1 offset 2500")
MONTH_FROM=$(date -u -d "$(date -u +%Y-%m-01) -2 month" +%Y-%m-01T00:00:00Z)
MONTH_TO=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m-01T00:00:00Z)

ledger() {
    client get "$BASE" "$TOKEN" "$LEDGER_WARMUP" "$LEDGER_RUNS" "$1" "$2" | tee -a "$OUT/run.log" | grep '^RESULT' | tee -a "$RESULTS"
}
loadavg "before the ledger load"
log "ledger first page, $LEDGER_RUNS times each after $LEDGER_WARMUP for warm-up"
ledger ledger-nofilter "/api/complaints"
ledger ledger-status "/api/complaints?status=INVESTIGATING"
ledger ledger-category "/api/complaints?categoryId=$CATEGORY"
ledger ledger-overdue "/api/complaints?overdue=true"
ledger ledger-month "/api/complaints?receivedFrom=$MONTH_FROM&receivedTo=$MONTH_TO"
ledger ledger-customer-big "/api/complaints?customerId=$BIG_CUSTOMER"
ledger ledger-customer-typical "/api/complaints?customerId=$TYPICAL_CUSTOMER"
ledger ledger-status-category "/api/complaints?status=INVESTIGATING&categoryId=$CATEGORY"
# Not measured: q (text search) is a LIKE '%...%' over five columns, a full scan by design (>0.6 s per page at 1M).
record "rss after ledger load: $(rss)"
loadavg "after the ledger load"
log "done: $RESULTS"
