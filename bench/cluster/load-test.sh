#!/usr/bin/env bash
# Memory (issue 13): one node with a 512 MB heap serves 200 concurrent users, each with its own
# session (web pages: record list, filtered list, record page, home, a note now and then) or bearer
# token (JSON API: record list, search, one record, a new record now and then). They arrive over
# 30 s and read each answer for 0 to 20 s (10 s on average) before the next request; with
# THEODOI_LOADTEST_THINK=0 they never pause (the worst case for memory, not how people work).
# Prints throughput, p50/p95/p99 and errors per kind of request, and what the GC log says
# (OutOfMemoryError, full collections, time in pauses).
#   bench/cluster/load-test.sh
# Data: THEODOI_LOADTEST_SOURCE names the generated data set (default theodoi_bench1m when it
# holds a million records, else theodoi_bench, see "Generator" in README). The node never writes into it: the script
# copies it once into <source>_load (kept for later runs; THEODOI_LOADTEST_FRESH=1 copies again).
# THEODOI_LOADTEST_USERS (200), _SECONDS (60), _WARMUP (20), _THINK (10 s), _RAMP (30 s), _HEAP (512m).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PGPORT=${THEODOI_LOADTEST_PGPORT:-5432}
if [ -n "${THEODOI_LOADTEST_SOURCE:-}" ]; then
  SOURCE=$THEODOI_LOADTEST_SOURCE
elif [ "$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d theodoi_bench1m -tAc \
    "select count(*) >= 1000000 from oversight_record" 2>/dev/null || true)" = t ]; then
  SOURCE=theodoi_bench1m
else
  SOURCE=theodoi_bench
fi
DB=${SOURCE}_load
USERS=${THEODOI_LOADTEST_USERS:-200}
DURATION=${THEODOI_LOADTEST_SECONDS:-60}
WARMUP=${THEODOI_LOADTEST_WARMUP:-20}
THINK=${THEODOI_LOADTEST_THINK:-10}
RAMP=${THEODOI_LOADTEST_RAMP:-30}
HEAP=${THEODOI_LOADTEST_HEAP:-512m}
PORT=8350
WORK=/tmp/theodoi-load-test
rm -rf "$WORK" && mkdir -p "$WORK"
trap cleanup_started EXIT

build_jar

exists() { psql_admin_at "$PGPORT" -tAc "select 1 from pg_database where datname = '$1'" | grep -q 1; }
exists "$SOURCE" || { echo "FAIL  no database $SOURCE: generate it first (README, Performance, Generator)"; exit 1; }
if [ "${THEODOI_LOADTEST_FRESH:-0}" = 1 ] || ! exists "$DB"; then
  # copied under another name and renamed when complete, so an interrupted copy is never reused
  COPY=${DB}_copying
  psql_admin_at "$PGPORT" -q -c "drop database if exists $COPY with (force)"
  log "copying $SOURCE into $DB"
  if ! psql_admin_at "$PGPORT" -q -c "create database $COPY owner $DB_USER template $SOURCE" 2>/dev/null; then
    # the source is in use: copy it with pg_dump instead of as a template
    psql_admin_at "$PGPORT" -q -c "create database $COPY owner $DB_USER encoding 'UTF8' template template0"
    pg_dump -h 127.0.0.1 -p "$PGPORT" -U postgres -Fd -j 2 -f "$WORK/dump" "$SOURCE"
    pg_restore -h 127.0.0.1 -p "$PGPORT" -U postgres -j 2 --no-owner --role="$DB_USER" -d "$COPY" "$WORK/dump"
    rm -rf "$WORK/dump"
  fi
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$COPY" -qc "vacuum analyze"
  psql_admin_at "$PGPORT" -q -c "drop database if exists $DB with (force)"
  psql_admin_at "$PGPORT" -q -c "alter database $COPY rename to $DB"
fi
RECORDS=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$DB" -tAc "select count(*) from oversight_record")
log "data: $DB ($RECORDS records)"

NODE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc*:file=$WORK/gc.log:uptime,level,tags" start_node 1 "$PORT" "$PGPORT" "$DB"
wait_healthy "$PORT"

python3 "$ROOT/bench/cluster/load_client.py" load --base "http://127.0.0.1:$PORT" --password "$DEMO_PASSWORD" \
  --users "$USERS" --duration "$DURATION" --warmup "$WARMUP" --think "$THINK" --ramp "$RAMP" --result "$WORK/result.json" \
  | tee "$WORK/table.md"

# what the GC log says over the node's whole life (start, warm-up, measurement)
python3 - "$WORK/gc.log" <<'PY' | tee -a "$WORK/table.md"
import re, sys
young = full = 0
pause_ms = 0.0
peak_after = 0
uptime = 0.0
for line in open(sys.argv[1]):
    m = re.match(r"\[(\d+\.\d+)s\]", line)
    if m:
        uptime = float(m.group(1))
    m = re.search(r"\[gc\s*\] GC\(\d+\) (Pause \w+).*?(\d+)M->(\d+)M\((\d+)M\) (\d+\.\d+)ms", line)
    if m:
        if m.group(1) == "Pause Full":
            full += 1
        else:
            young += 1
        pause_ms += float(m.group(5))
        peak_after = max(peak_after, int(m.group(3)))
print()
print("| GC (whole run) | |")
print("|---|---:|")
print(f"| node uptime | {uptime:.0f} s |")
print(f"| young/mixed/remark pauses | {young} |")
print(f"| full collections | {full} |")
print(f"| time in pauses | {pause_ms / 1000:.1f} s ({100 * pause_ms / 1000 / max(uptime, 1):.1f} % of uptime) |")
print(f"| largest heap after a collection | {peak_after} MB |")
PY
oom=$( (grep -c 'OutOfMemoryError\|GC overhead limit' "$WORK/node1.log" "$WORK/gc.log" || true) | awk -F: '{s+=$2} END {print s}')
echo
echo "| Run | |"
echo "|---|---|"
echo "| data | $DB: $RECORDS records |"
echo "| users | $USERS arriving over ${RAMP}s, think time 0 to $((2 * ${THINK%.*}))s (${THINK}s on average), ${WARMUP}s warm-up, ${DURATION}s measured |"
echo "| heap | -Xmx$HEAP |"
echo "| OutOfMemoryError / GC overhead lines in the logs | $oom |"
errors=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["errors"])' "$WORK/result.json")
check "no OutOfMemoryError" test "$oom" = 0
started=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["started"])' "$WORK/result.json")
check "every user logged in ($started of $USERS)" test "$started" = "$USERS"
check "no failed request ($errors)" test "$errors" = 0
echo "GC log: $WORK/gc.log, node log: $WORK/node1.log"
[ "$FAILURES" = 0 ]
