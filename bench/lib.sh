# Shared by the bench scripts (and by bench/cluster/lib.sh): PostgreSQL as its superuser, and the arguments of the
# scripts that measure statements on a generated data set. Sourced, not run. Only functions: sourcing it sets no
# variable of the script. (.ci/run keeps its own psql_admin: CI stands alone and never reads bench/.)

# psql as the superuser on host $1 port $2: over TCP where PostgreSQL trusts it (127.0.0.1, as .ci/run sets up the
# test database), else as the postgres OS user on the local socket of that port
psql_superuser() {
  local host=$1 port=$2; shift 2
  if psql -h "$host" -p "$port" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1 </dev/null; then
    psql -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U postgres -d postgres "$@"
  else
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"
  fi
}

# psql as the superuser of the PostgreSQL the benchmarks use: $PGHOST_ADDR (127.0.0.1), port $PGPORT_NUM (5432),
# the names .ci/run gives them
psql_admin() {
  psql_superuser "${PGHOST_ADDR:-127.0.0.1}" "${PGPORT_NUM:-5432}" "$@"
}

# data_set_arguments DEFAULT_RUNS "$@": the arguments of a script that measures statements on a generated data set
# ([database, default theodoi_bench1m] [runs, default DEFAULT_RUNS]). Sets DB, RUNS, and HOST and PORT of the
# PostgreSQL ($PGHOST_ADDR, $PGPORT_NUM); installs psql when it is missing.
data_set_arguments() {
  local default_runs=$1; shift
  DB=${1:-theodoi_bench1m}
  RUNS=${2:-$default_runs}
  HOST=${PGHOST_ADDR:-127.0.0.1}
  PORT=${PGPORT_NUM:-5432}
  command -v psql >/dev/null || apt-get install -y postgresql-client >/dev/null
}
