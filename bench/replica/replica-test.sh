#!/usr/bin/env bash
# The read replica, tested for real: creates its own PostgreSQL primary (port 5441) and streaming
# replica (port 5442, pg_basebackup -R) as throwaway clusters of this machine's PostgreSQL, then runs
# ReplicaIT against them (the application with THEODOI_REPLICA_URL set). The machine's own cluster
# (5432) is never touched. Prints the PASS lines and a list's throughput on the replica and on the
# primary, then drops both clusters (KEEP_CLUSTERS=1 keeps them).
# Run as root on Debian: bench/replica/replica-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

VER=${PG_VERSION:-$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)}
VER=${VER:-15}
PRIMARY_PORT=${REPLICA_TEST_PRIMARY_PORT:-5441}
REPLICA_PORT=${REPLICA_TEST_REPLICA_PORT:-5442}
PRIMARY=rprimary
REPLICA=rreplica
DB=theodoi_replica
DB_USER=theodoi_test
DB_PASSWORD=theodoi_test
KEEP=${KEEP_CLUSTERS:-0}
LOG=target/replica-test.log

if [ "$(id -u)" != 0 ]; then
  echo "run as root (creates and drops PostgreSQL clusters)" >&2
  exit 2
fi
if ! command -v pg_createcluster >/dev/null || [ ! -x "/usr/lib/postgresql/$VER/bin/pg_basebackup" ]; then
  apt-get update -qq && apt-get install -y -qq postgresql-common "postgresql-$VER"
fi
for port in "$PRIMARY_PORT" "$REPLICA_PORT"; do
  if [ "$port" = 5432 ]; then
    echo "refusing to use port 5432 (the machine's own cluster)" >&2
    exit 2
  fi
done

drop_clusters() {
  for c in "$REPLICA" "$PRIMARY"; do
    if pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VER $c"; then
      pg_dropcluster --stop "$VER" "$c"
    fi
  done
}
cleanup() {
  if [ "$KEEP" = 1 ]; then
    echo "Clusters kept: $VER/$PRIMARY on $PRIMARY_PORT, $VER/$REPLICA on $REPLICA_PORT (pg_dropcluster --stop $VER <name>)"
  else
    drop_clusters
  fi
}
drop_clusters   # leftovers of an earlier run
trap cleanup EXIT

# Throwaway clusters: listening on 127.0.0.1 only, trust for local connections (as the test database on 5432)
write_hba() {
  cat >"/etc/postgresql/$VER/$1/pg_hba.conf" <<HBA
local   all          all                 trust
host    all          all   127.0.0.1/32  trust
local   replication  all                 trust
host    replication  all   127.0.0.1/32  trust
HBA
}
# create_cluster NAME PORT: a throwaway cluster (not started), trusted as above, with the settings on stdin
create_cluster() {
  pg_createcluster "$VER" "$1" -p "$2" >/dev/null </dev/null
  write_hba "$1"
  cat >"/etc/postgresql/$VER/$1/conf.d/replica-test.conf"
}
# psql as the superuser of the throwaway cluster on port $1 (trusted over TCP)
psql_at() {
  local port=$1; shift
  psql -h 127.0.0.1 -p "$port" -U postgres "$@"
}

echo "== primary $VER/$PRIMARY on $PRIMARY_PORT"
create_cluster "$PRIMARY" "$PRIMARY_PORT" <<CONF
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
wal_keep_size = '256MB'
CONF
pg_ctlcluster "$VER" "$PRIMARY" start
psql_at "$PRIMARY_PORT" -q -v ON_ERROR_STOP=1 -d postgres <<SQL
create role $DB_USER login password '$DB_PASSWORD';
create database $DB owner $DB_USER encoding 'UTF8' template template0;
SQL

echo "== replica $VER/$REPLICA on $REPLICA_PORT (pg_basebackup -R from the primary)"
create_cluster "$REPLICA" "$REPLICA_PORT" <<CONF
listen_addresses = '127.0.0.1'
hot_standby = on
# long reads (exports) on the replica are not cancelled by the primary's vacuum
hot_standby_feedback = on
CONF
REPLICA_DATA="/var/lib/postgresql/$VER/$REPLICA"
rm -rf "$REPLICA_DATA"
install -d -o postgres -g postgres -m 700 "$REPLICA_DATA"
runuser -u postgres -- "/usr/lib/postgresql/$VER/bin/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres \
  -D "$REPLICA_DATA" -R -X stream -c fast
pg_ctlcluster "$VER" "$REPLICA" start
for i in $(seq 1 30); do
  state=$(psql_at "$PRIMARY_PORT" -tAq -c "select state from pg_stat_replication" || true)
  [ "$state" = streaming ] && break
  sleep 1
done
recovery=$(psql_at "$REPLICA_PORT" -tAq -c "select pg_is_in_recovery()")
echo "replication: ${state:-none}; replica in recovery: $recovery"
[ "${state:-}" = streaming ] && [ "$recovery" = t ] || { echo "FAIL: the replica does not stream" >&2; exit 1; }

echo "== ReplicaIT (log: $LOG)"
mkdir -p target
set +e
THEODOI_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB" THEODOI_TEST_DB_USER="$DB_USER" \
THEODOI_TEST_DB_PASSWORD="$DB_PASSWORD" \
THEODOI_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB" \
THEODOI_REPLICA_ADMIN_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/postgres?user=postgres" \
THEODOI_REPLICA_STOP="pg_ctlcluster $VER $REPLICA stop -m fast" \
CHROME_BIN=/none ./mvnw -B -ntp verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReplicaIT \
  >"$LOG" 2>&1
status=$?
set -e

echo
echo "| Replica test ($(date -u +%Y-%m-%d), PostgreSQL $VER, $(nproc) cores) | |"
echo "|---|---|"
grep -o 'REPLICA-TEST PASS .*' "$LOG" | awk '!seen[$0]++' | sed 's/^REPLICA-TEST PASS /| PASS | /; s/$/ |/' || true
grep -o 'REPLICA-TEST FIGURES .*' "$LOG" | awk '!seen[$0]++' | sed 's/^REPLICA-TEST FIGURES /| figures | /; s/$/ |/' || true
if [ $status != 0 ] || ! grep -q 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0' "$LOG"; then
  echo "FAIL: ReplicaIT did not pass (see $LOG)" >&2
  grep -E 'FAIL|ERROR|Expect|expected' "$LOG" | head -20 >&2 || true
  exit 1
fi
echo "PASS: the read replica (5 steps)"
