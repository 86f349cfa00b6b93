#!/usr/bin/env bash
# Deploys VoC Desk to a running Payara Server 6 (Jakarta EE 10) domain.
#
# The settings the WAR reads through MicroProfile Config are stored in the domain's config source
# (asadmin set-config-property --source=domain), so they survive restarts and redeployments.
# Environment variables of the server process (DB_URL, ...) would override them.
#
# Usage:
#   DB_URL=jdbc:postgresql://dbhost:5432/vocdesk DB_USER=vocdesk DB_PASSWORD=secret \
#   VOCDESK_ADMIN_PASSWORD='First-admin-passw0rd' VOCDESK_BASE_URL=https://voc.example.com \
#   deployment/deploy-payara-server.sh [target/vocdesk.war]
#
# Optional: ASADMIN (path of asadmin, default: asadmin on the PATH), ASADMIN_OPTS (e.g.
# "--host appserver --port 4848 --user admin --passwordfile /secure/asadmin.pwd"), CONTEXT_ROOT (default /),
# DB_DATASOURCE (default org.postgresql.ds.PGSimpleDataSource). The PostgreSQL driver is inside the WAR.
set -euo pipefail

WAR="${1:-$(dirname "$0")/../target/vocdesk.war}"
ASADMIN="${ASADMIN:-asadmin}"
read -r -a OPTS <<< "${ASADMIN_OPTS:-}"
CONTEXT_ROOT="${CONTEXT_ROOT:-/}"

: "${DB_URL:?set DB_URL, e.g. jdbc:postgresql://dbhost:5432/vocdesk}"
: "${DB_USER:?set DB_USER}"
DB_PASSWORD="${DB_PASSWORD:-}"
DB_DATASOURCE="${DB_DATASOURCE:-org.postgresql.ds.PGSimpleDataSource}"

if [ ! -f "$WAR" ]; then
    echo "$WAR not found; build it first with: mvn -B package -DskipTests" >&2
    exit 1
fi

config() { # name value
    "$ASADMIN" "${OPTS[@]}" set-config-property --source=domain --propertyName="$1" --propertyValue="$2"
}

config db.url "$DB_URL"
config db.user "$DB_USER"
if [ -n "$DB_PASSWORD" ]; then # asadmin refuses an empty value; trust authentication needs none
    config db.password "$DB_PASSWORD"
fi
config db.datasource "$DB_DATASOURCE"
# Only read when the database has no user yet; without it a random password is written to server.log once.
if [ -n "${VOCDESK_ADMIN_PASSWORD:-}" ]; then
    config vocdesk.admin.password "$VOCDESK_ADMIN_PASSWORD"
fi
if [ -n "${VOCDESK_BASE_URL:-}" ]; then
    config vocdesk.base-url "$VOCDESK_BASE_URL"
fi

"$ASADMIN" "${OPTS[@]}" deploy --force=true --name vocdesk --contextroot "$CONTEXT_ROOT" "$WAR"
echo "Deployed vocdesk at context root $CONTEXT_ROOT. First start: the schema is created by Flyway;"
echo "look for 'Created the administrator' in the server log."
