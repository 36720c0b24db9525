#!/usr/bin/env bash
# No write lost (issue 13): two application nodes behind HAProxy on a PostgreSQL cluster of the
# script's own (port 5440, created with pg_createcluster, trust authentication, so restarting it
# disturbs nobody). A load client (bench/cluster/load_client.py, Python standard library) writes
# records and an event on each through HAProxy with several workers, each write with an
# Idempotency-Key and retried with the same key after any failure.
#   phase 1: PostgreSQL is restarted (immediate mode: a crash, recovered from the WAL);
#   phase 2: node 1 is killed with SIGKILL and restarted, then node 2.
# Afterwards SQL counts every acknowledged write: present exactly once, never missing, never twice.
# Run as root on Debian. Usage: bench/cluster/kill-test.sh
# (THEODOI_KILLTEST_BEFORE / _AFTER: seconds of writing before the first kill and after recovery, 20;
# THEODOI_KILLTEST_WORKERS: concurrent writers, 8)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# nothing here is timed: the C1 compiler alone starts the nodes faster on a busy machine
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:--Xmx768m -XX:TieredStopAtLevel=1}

PGVER=${THEODOI_KILLTEST_PGVERSION:-15}
PGPORT=${THEODOI_KILLTEST_PGPORT:-5440}
CLUSTER=killtest
DB=theodoi_killtest
LB=8340 N1=8341 N2=8342
# seconds of writing before the first kill or restart, and after the last node or PostgreSQL is back
SECONDS_BEFORE=${THEODOI_KILLTEST_BEFORE:-20}
SECONDS_AFTER=${THEODOI_KILLTEST_AFTER:-20}
WORKERS=${THEODOI_KILLTEST_WORKERS:-8}
WORK=/tmp/theodoi-kill-test
rm -rf "$WORK" && mkdir -p "$WORK"
chmod 755 "$WORK"

cleanup() {
  cleanup_started
  pg_dropcluster "$PGVER" "$CLUSTER" --stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

build_jar

# the script's own PostgreSQL cluster, from scratch
pg_dropcluster "$PGVER" "$CLUSTER" --stop >/dev/null 2>&1 || true
pg_createcluster "$PGVER" "$CLUSTER" -p "$PGPORT" --start -- --auth-local=trust --auth-host=trust >/dev/null
fresh_database "$PGPORT" "$DB"

start_two_nodes "$LB" "$N1" "$N2" "$PGPORT" "$DB"

client() { # client RUN: the writer in the background until $WORK/RUN.stop exists, its pid in $CLIENT
  python3 "$ROOT/bench/cluster/load_client.py" writes --base "http://127.0.0.1:$LB" --user specialist \
    --password "$DEMO_PASSWORD" --workers "$WORKERS" --duration 3600 --stop-file "$WORK/$1.stop" --run "$1" \
    --log "$WORK/$1.attempts.jsonl" --result "$WORK/$1.result.json" 2>>"$WORK/client.log" &
  CLIENT=$!
  echo "$CLIENT" >>"$WORK/pids"
  # the kill or restart must land while writes are flowing, not while the client still logs in
  for _ in $(seq 1 900); do
    [ -f "$WORK/$1.attempts.jsonl.started" ] && break
    sleep 1
  done
  log "writes are flowing"
}

verify() { # verify RUN TITLE: counts in SQL, compared by the client's check mode
  local run=$1 title=$2
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$DB" -At -F'|' \
    -c "select title, count(*) from oversight_record where title like 'KT $run-%' group by title" >"$WORK/$run.records"
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$DB" -At -F'|' \
    -c "select note, count(*) from record_event where note like 'KT $run-%' group by note" >"$WORK/$run.events"
  if python3 "$ROOT/bench/cluster/load_client.py" check --result "$WORK/$run.result.json" \
      --records "$WORK/$run.records" --events "$WORK/$run.events" --title "$title" | tee "$WORK/$run.table"; then
    :
  else
    FAILURES=$((FAILURES + 1))
  fi
}

# phase 1: PostgreSQL restarted mid-run
RUN_PG=P$(date +%s)
log "phase 1 ($RUN_PG): writing; restarting PostgreSQL"
client "$RUN_PG"
sleep "$SECONDS_BEFORE"
log "PostgreSQL: immediate restart"
pg_ctlcluster "$PGVER" "$CLUSTER" restart -m immediate
log "PostgreSQL is back"
sleep "$SECONDS_AFTER"
touch "$WORK/$RUN_PG.stop"
wait "$CLIENT" || fail "the writer of phase 1 ended with an error"
verify "$RUN_PG" "PostgreSQL restarted (immediate) mid-run"


# phase 2: SIGKILL a node, restart it; then the other
RUN_KILL=N$(date +%s)
log "phase 2 ($RUN_KILL): writing; killing the nodes one after the other"
client "$RUN_KILL"
sleep "$SECONDS_BEFORE"
log "SIGKILL node 1"; kill_node 1 KILL
start_node 1 "$N1" "$PGPORT" "$DB"
wait_healthy "$N1" || fail "node 1 came back"
log "node 1 is back"
sleep 5
log "SIGKILL node 2"; kill_node 2 KILL
start_node 2 "$N2" "$PGPORT" "$DB"
wait_healthy "$N2" || fail "node 2 came back"
log "node 2 is back"
sleep "$SECONDS_AFTER"
touch "$WORK/$RUN_KILL.stop"
wait "$CLIENT" || fail "the writer of phase 2 ended with an error"
verify "$RUN_KILL" "nodes killed with SIGKILL and restarted"

grep -h '"status": null' "$WORK"/*.attempts.jsonl | head -3 >&2 || true
echo
echo "Attempts (every failure with its status or connection error): $WORK/*.attempts.jsonl"
echo "Node logs: $WORK/node1.log, $WORK/node2.log"
if [ "$FAILURES" = 0 ]; then echo "PASS  kill test"; else echo "FAIL  kill test ($FAILURES failures)"; fi
[ "$FAILURES" = 0 ]
