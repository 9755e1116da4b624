#!/bin/sh
# Roles for docker-compose.yml, run once by the postgres image when its volume is new
# (/docker-entrypoint-initdb.d). POSTGRES_USER owns the database and runs the migration
# (the `migrate` service); the ops webhook logs in as stagenorm_webhook, which is neither
# superuser nor owner: it is granted stagenorm_admin (set_mode, promote_mode, the replay
# claims) and stagenorm_monitor (the counts on /metrics, the gate), nothing else.
# The two NOLOGIN roles are made here so that the grant can be; the migration finds them.
# Any PostgreSQL: PGHOST/PGPORT and POSTGRES_USER/POSTGRES_DB say where to run it.
set -eu
psql -v ON_ERROR_STOP=1 -X -q --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v webhook_password="${STAGENORM_WEBHOOK_DB_PASSWORD:?set STAGENORM_WEBHOOK_DB_PASSWORD}" <<'SQL'
SELECT pg_catalog.format('CREATE ROLE %I NOLOGIN', r)
  FROM unnest(ARRAY['stagenorm_admin', 'stagenorm_monitor']) AS r
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) \gexec
SELECT 'CREATE ROLE stagenorm_webhook LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE'
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'stagenorm_webhook') \gexec
SELECT pg_catalog.format('ALTER ROLE stagenorm_webhook PASSWORD %L', :'webhook_password') \gexec
GRANT stagenorm_admin, stagenorm_monitor TO stagenorm_webhook;
SQL
