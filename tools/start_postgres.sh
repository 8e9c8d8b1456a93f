#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster on loopback (as root) and print a URL for the tests.
# Creates the role and database `export_risk_test` once. Exit 1 when no server can be started.
set -euo pipefail
command -v pg_lsclusters >/dev/null || exit 1
[ "$(id -u)" = 0 ] || exit 1
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || exit 1
set -- $cluster
pg_ctlcluster "$1" "$2" start >/dev/null 2>&1 || true
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -tAc \"select 1 from pg_roles where rolname='export_risk_test'\"" | grep -q 1 ||
  su postgres -c "psql -p $port -qc \"create role export_risk_test login password 'export_risk_test' createdb\""
su postgres -c "psql -p $port -tAc \"select 1 from pg_database where datname='export_risk_test'\"" | grep -q 1 ||
  su postgres -c "createdb -p $port -O export_risk_test export_risk_test"
echo "postgresql+psycopg://export_risk_test:export_risk_test@127.0.0.1:$port/export_risk_test"
