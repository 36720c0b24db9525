#!/usr/bin/env bash
# Issue 13, item 3: the same requests against 200,000 and 1,000,000 records, in one run on this machine. Starts
# theodoi on each generated data set in turn (README, "A million records"), logs the leader in with the second
# factor, warms every request up, then measures each with one client (wrk -t1 -c1: a person's latency, not a
# queue's) and prints req/s and p95 per data set and the ratio of the p95s (target: at most 2) and the p95 of
# the free-text searches (target: under 50 ms at 1,000,000).
#
# Usage (as root): bench/scale-compare.sh
#   SMALL=theodoi_bench  LARGE=theodoi_bench1m   the two data sets (generated beforehand)
#   D=15s  WARM=60s      seconds per measurement and warm-up per data set (spread over its requests)
#   TD_PORT=8304
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SMALL=${SMALL:-theodoi_bench}
LARGE=${LARGE:-theodoi_bench1m}
D=${D:-15s}
WARM=${WARM:-60}
TD_PORT=${TD_PORT:-8304}
TD=http://127.0.0.1:$TD_PORT
PW=scale-compare-$(date +%s)
TOTP=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
W=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$W"' EXIT
command -v wrk >/dev/null || { apt-get update -qq; apt-get install -y -qq wrk >/dev/null; }
JAR=$(ls target/theodoi-*.jar 2>/dev/null | head -n 1)
[ -n "$JAR" ] || { ./mvnw -B -ntp -q -DskipTests package; JAR=$(ls target/theodoi-*.jar | head -n 1); }
# a copy: a build while this runs must not replace the jar under the running node
cp "$JAR" "$W/theodoi.jar"

cat > "$W/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P95 %.2f\n", latency:percentile(95) / 1000))
end
LUA

# name|header kind|path: lists, filters, counts (each list answers its total), the home page, free-text search
REQUESTS=(
  "list, first page (JSON)|token|/api/v1/records?size=25"
  "list, overdue in one province (JSON)|token|/api/v1/records?province=VN-79&deadline=OVERDUE&size=25&sort=due"
  "list, level 1 in investigation (JSON)|token|/api/v1/records?level=1&stage=INVESTIGATION&size=25"
  "list, due soon, by due date (JSON)|token|/api/v1/records?deadline=DUE_SOON&size=25&sort=due"
  "list, one agency (JSON)|token|/api/v1/records?agency=BCA-C03&size=25"
  "counts for the home page (JSON)|token|/api/v1/records/dashboard"
  "record list page (HTML)|cookie|/records"
  "home page (HTML)|cookie|/"
  "search \"dau thau\" (JSON)|token|/api/v1/records?q=dau%20thau&size=25"
  "search \"Dong Phong\" (JSON)|token|/api/v1/records?q=Dong%20Phong&size=25"
  "search \"nghiem trong\" (JSON)|token|/api/v1/records?q=nghi%C3%AAm%20tr%E1%BB%8Dng&size=25"
)

declare -A RPS P95 COUNT
measure() { # data set
  local db=$1 name kind path header out
  [ "$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc 'select count(*) > 0 from oversight_record' 2>/dev/null)" = t ] ||
    { echo "no generated data set $db (README, Performance)" >&2; exit 1; }
  COUNT[$db]=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc 'select count(*) from oversight_record')
  echo "== $db: ${COUNT[$db]} records; starting theodoi (a first start migrates, minutes at a million)" >&2
  THEODOI_DEMO_PASSWORD=$PW THEODOI_DEMO_TOTP_SECRET=$TOTP THEODOI_DATA_DIR=$W/data-$db \
    java ${JAVA_OPTS:-} -jar "$W/theodoi.jar" --server.port="$TD_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    --spring.datasource.username=theodoi_test --spring.datasource.password=theodoi_test > "$W/$db.log" 2>&1 &
  PID=$!
  for _ in $(seq 1200); do curl -s -o /dev/null "$TD/login" && break; sleep 1; done
  curl -s -o /dev/null "$TD/login" || { tail -n 40 "$W/$db.log"; exit 1; }
  theodoi_login "$TD" leader "$PW" "$TOTP" "$W/jar"
  for r in "${REQUESTS[@]}"; do
    IFS='|' read -r name kind path <<<"$r"
    header=$([ "$kind" = token ] && echo "Authorization: Bearer $TOKEN" || echo "Cookie: $COOKIE")
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$TD$path")
    [ "$code" = 200 ] || { echo "HTTP $code from $path on $db" >&2; exit 1; }
    wrk -t1 -c4 -d"$(( WARM / ${#REQUESTS[@]} + 1 ))s" -H "$header" "$TD$path" >/dev/null
  done
  for r in "${REQUESTS[@]}"; do
    IFS='|' read -r name kind path <<<"$r"
    header=$([ "$kind" = token ] && echo "Authorization: Bearer $TOKEN" || echo "Cookie: $COOKIE")
    out=$(wrk -t1 -c1 -d"$D" -s "$W/p95.lua" -H "$header" "$TD$path")
    RPS[$db|$name]=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    P95[$db|$name]=$(echo "$out" | awk '/^P95/{print $2}')
    printf '%-40s %-16s %9s req/s  p95 %8s ms\n' "$name" "$db" "${RPS[$db|$name]}" "${P95[$db|$name]}" >&2
  done
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

echo "== $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; D=$D, one client" >&2
measure "$SMALL"
measure "$LARGE"

echo
echo "| Request | ${COUNT[$SMALL]} records: req/s | p95 ms | ${COUNT[$LARGE]} records: req/s | p95 ms | p95 ratio | within 2x |"
echo "|---|---:|---:|---:|---:|---:|---|"
for r in "${REQUESTS[@]}"; do
  IFS='|' read -r name kind path <<<"$r"
  python3 - "$name" "${RPS[$SMALL|$name]}" "${P95[$SMALL|$name]}" "${RPS[$LARGE|$name]}" "${P95[$LARGE|$name]}" <<'PY'
import sys
name, r1, p1, r2, p2 = sys.argv[1:]
ratio = float(p2) / float(p1)
extra = ""
if name.startswith("search"):
    extra = f"; under 50 ms at the larger set: {'yes' if float(p2) < 50 else 'NO'}"
print(f"| {name} | {r1} | {p1} | {r2} | {p2} | {ratio:.2f} | {'yes' if ratio <= 2 else 'NO'}{extra} |")
PY
done
