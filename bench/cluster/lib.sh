# Shared by the cluster scripts (two-nodes.sh, kill-test.sh, load-test.sh): build the jar once, run
# application nodes on a PostgreSQL, put HAProxy in front, and clean up what was started. Sourced,
# not run. Everything a script starts is recorded in $WORK/pids and stopped by cleanup.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/bench/lib.sh"
DB_USER=${THEODOI_CLUSTER_DB_USER:-theodoi_test}
DB_PASSWORD=${THEODOI_CLUSTER_DB_PASSWORD:-theodoi_test}
DEMO_PASSWORD=${THEODOI_DEMO_PASSWORD:-Cluster-Demo-Passw0rd}
# the secret the integration tests use (IntegrationTest.DEMO_TOTP_SECRET)
DEMO_TOTP_SECRET=${THEODOI_DEMO_TOTP_SECRET:-JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP}
FAILURES=0

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; FAILURES=$((FAILURES + 1)); }
check() { # check "what" command...: PASS when the command succeeds
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

build_jar() {
  JAR=$(ls "$ROOT"/target/theodoi-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
  if [ -z "$JAR" ]; then
    log "building the jar (./mvnw -B -ntp -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/theodoi-*.jar | grep -v -- '-plain' | head -1)
  fi
  log "jar: $JAR"
}

# psql as the superuser on 127.0.0.1 port $1 (trust there, else the postgres OS user; bench/lib.sh)
psql_admin_at() {
  local port=$1; shift
  psql_superuser 127.0.0.1 "$port" "$@"
}

# fresh database $2 owned by the application role on port $1
fresh_database() {
  local port=$1 db=$2
  login_role "$port" "$DB_USER" "$DB_PASSWORD"
  psql_admin_at "$port" -q -c "drop database if exists $db with (force)"
  psql_admin_at "$port" -q -c "create database $db owner $DB_USER encoding 'UTF8' template template0"
}

# start_node N PORT PGPORT DB [extra java options...]: an application node in demo mode on PostgreSQL
start_node() {
  local n=$1 port=$2 pgport=$3 db=$4; shift 4
  if ss -ltn | grep -q ":$port "; then
    log "port $port is taken by another program"
    return 1
  fi
  mkdir -p "$WORK/node$n"
  # shellcheck disable=SC2086
  java ${NODE_JAVA_OPTS:--Xmx768m} "$@" -jar "$JAR" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/$db" \
    --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --theodoi.data-dir="$WORK/node$n" --theodoi.attachments.store=database \
    --theodoi.demo.password="$DEMO_PASSWORD" --theodoi.demo.totp-secret="$DEMO_TOTP_SECRET" \
    --theodoi.security.login-attempts-per-address=1000000 --theodoi.security.login-attempts-per-account=1000000 \
    --theodoi.scheduler.polling-interval=5s \
    ${NODE_ARGS:-} >>"$WORK/node$n.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$WORK/node$n.pid"
  echo "$pid" >>"$WORK/pids"
  log "node $n: pid $pid, port $port"
}

wait_healthy() { # wait_healthy PORT [seconds]
  local port=$1 limit=${2:-${THEODOI_CLUSTER_START_WAIT:-900}} i
  for ((i = 0; i < limit; i++)); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  log "port $port not healthy after ${limit}s"
  return 1
}

kill_node() { # kill_node N SIGNAL
  local n=$1 signal=${2:-TERM} pid
  pid=$(cat "$WORK/node$n.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -s "$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
}

# HAProxy from Debian in front of the given backend ports, round robin, no stickiness
start_haproxy() { # start_haproxy FRONT_PORT BACKEND_PORT...
  local front=$1; shift
  if ! command -v haproxy >/dev/null; then
    log "installing haproxy (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null
  fi
  {
    cat <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # a request that could not be sent to a node goes to another; a request already sent is never resent
    option redispatch
    retries 2
frontend theodoi
    bind 127.0.0.1:$front
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health
    http-check expect status 200
CFG
    local i=1
    for port in "$@"; do
      echo "    server node$i 127.0.0.1:$port check inter 1s fall 2 rise 2"
      i=$((i + 1))
    done
  } >"$WORK/haproxy.cfg"
  haproxy -c -q -f "$WORK/haproxy.cfg"
  haproxy -f "$WORK/haproxy.cfg" -db >>"$WORK/haproxy.log" 2>&1 &
  echo $! >>"$WORK/pids"
  echo $! >"$WORK/haproxy.pid"
  log "haproxy: pid $!, port $front -> $*"
}

# start_two_nodes LB N1 N2 PGPORT DB: node 1 first (it migrates the schema and loads the demo data), then node 2
# on the same database, each once healthy; then HAProxy on LB in front of both, waited for
start_two_nodes() {
  local lb=$1 n1=$2 n2=$3 pgport=$4 db=$5
  start_node 1 "$n1" "$pgport" "$db"
  wait_healthy "$n1"
  start_node 2 "$n2" "$pgport" "$db"
  wait_healthy "$n2"
  start_haproxy "$lb" "$n1" "$n2"
  for _ in $(seq 1 20); do curl -fsS -o /dev/null "http://127.0.0.1:$lb/actuator/health" && break; sleep 0.5; done
}

cleanup_started() {
  if [ -f "$WORK/pids" ]; then
    while read -r pid; do
      kill "$pid" 2>/dev/null || true
    done <"$WORK/pids"
    sleep 2
    while read -r pid; do
      kill -9 "$pid" 2>/dev/null || true
    done <"$WORK/pids"
    rm -f "$WORK/pids"
  fi
}

# the 6-digit TOTP code of the demo secret, for the time step now + $1 (RFC 6238, SHA-1, 30 s)
totp() {
  python3 - "$DEMO_TOTP_SECRET" "${1:-0}" <<'PY'
import base64, hmac, hashlib, struct, sys, time
secret = base64.b32decode(sys.argv[1].upper())
step = int(time.time()) // 30 + int(sys.argv[2])
digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}
