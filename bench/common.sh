# Shared set-up of the benchmark scripts (sourced after each sets LABEL, PORT and DB): settings, the PostgreSQL
# user, logging helpers and the clean-up that stops the server and drops the database (KEEP_DB=1 keeps it).
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
# the PostgreSQL URL options the README recommends for production (multi-row INSERTs for JDBC batches)
PG_URL_OPTIONS=${PG_URL_OPTIONS-?reWriteBatchedInserts=true}
WAR=${WAR:-target/vocdesk.war}
ADMIN_PASSWORD=Bench-admin-12345
BASE=http://127.0.0.1:$PORT
OUT=$ROOT/bench/out/$LABEL
mkdir -p "$OUT"
RESULTS=$OUT/results.txt
: > "$RESULTS"

if [ -z "${PGUSER:-}" ]; then
    if psql -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then PGUSER=postgres; else PGUSER=root; fi
fi
export PGUSER

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
record() { echo "$*" | tee -a "$RESULTS"; }
loadavg() { record "load average ($1): $(cut -d' ' -f1-3 /proc/loadavg)"; }
sql() { psql -v ON_ERROR_STOP=1 -q -d "$DB" "$@"; }

SERVER=
cleanup() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
        log "stopping the server (pid $SERVER)"
        kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
    fi
    if [ "${KEEP_DB:-0}" != 1 ]; then
        dropdb --if-exists "$DB" && log "dropped database $DB"
    else
        log "kept database $DB"
    fi
}
trap cleanup EXIT
