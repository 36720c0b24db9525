#!/usr/bin/env bash
# Creates the benchmark database on the local PostgreSQL (trust auth on 127.0.0.1, as .ci/run
# does for the test database) if it does not exist yet, then runs the benchmark profile. The first
# run generates the data set (about a minute and a half for 200,000 records); later runs reuse it.
# Results: target/benchmark.md. Usage: bench/run-benchmark.sh [extra Maven arguments], e.g.
#   bench/run-benchmark.sh -Dbench.records=200000 -Dbench.requests=200
#   THEODOI_BENCH_FRESH=1 bench/run-benchmark.sh     # drop and regenerate the data set
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

HOST=${PGHOST_ADDR:-127.0.0.1}
PORT=${PGPORT_NUM:-5432}
DB=${THEODOI_BENCH_DB:-theodoi_bench}
DB_USER=${THEODOI_BENCH_DB_USER:-theodoi_test}
DB_PASSWORD=${THEODOI_BENCH_DB_PASSWORD:-theodoi_test}

if [ "${THEODOI_BENCH_FRESH:-0}" = 1 ]; then
  psql_admin -q -c "drop database if exists $DB with (force)"
fi
login_role "${PGPORT_NUM:-5432}" "$DB_USER" "$DB_PASSWORD"
if ! psql_admin -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  psql_admin -q -c "create database $DB owner $DB_USER encoding 'UTF8' template template0"
fi

export THEODOI_BENCH_DB_URL="jdbc:postgresql://$HOST:$PORT/$DB"
export THEODOI_BENCH_DB_USER="$DB_USER"
export THEODOI_BENCH_DB_PASSWORD="$DB_PASSWORD"
./mvnw -B -ntp -Pbenchmark verify "$@"
echo
echo "Report: target/benchmark.md"
