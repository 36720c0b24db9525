#!/usr/bin/env bash
# Two application nodes on one PostgreSQL behind HAProxy (issue 13, "stateless nodes"): a session
# begun on one node continues on the other (form login with CSRF, a second factor given to the other
# node, a form posted with the first node's CSRF token), both nodes see what was written, a change to
# a cached reference item (an organization's name) made on one node is seen at once on the other,
# and the same through HAProxy (round robin, no stickiness). Prints PASS/FAIL lines and exits
# non-zero on a failure. Run as root on Debian (installs haproxy with apt-get).
#   bench/cluster/two-nodes.sh
# Environment: THEODOI_CLUSTER_PGPORT (5432), THEODOI_CLUSTER_DB (theodoi_twonodes), ports 8310-8312.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# nothing here is timed: the C1 compiler alone starts the nodes faster on a busy machine
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:--Xmx768m -XX:TieredStopAtLevel=1}

PGPORT=${THEODOI_CLUSTER_PGPORT:-5432}
DB=${THEODOI_CLUSTER_DB:-theodoi_twonodes}
LB=8310 N1=8311 N2=8312
WORK=/tmp/theodoi-two-nodes
rm -rf "$WORK" && mkdir -p "$WORK"
trap cleanup_started EXIT

build_jar
fresh_database "$PGPORT" "$DB"
start_two_nodes "$LB" "$N1" "$N2" "$PGPORT" "$DB"

JAR1=$WORK/specialist.cookies
node() { echo "http://127.0.0.1:$1"; }
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# 1. form login through node 1 (CSRF token from node 1's login page)
token=$(curl -fsS -c "$JAR1" -b "$JAR1" "$(node $N1)/login" | csrf_of)
status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR1" -b "$JAR1" \
  --data-urlencode "username=specialist" --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "_csrf=$token" \
  "$(node $N1)/login")
check "login through node 1 (form, CSRF): $status" test "${status%% *}" = 302 -a "$(grep -c error <<<"$status")" = 0

# 2. the same session on node 2: a page opens without a new login
page=$(curl -sS -w '\n%{http_code}' -b "$JAR1" -c "$JAR1" "$(node $N2)/records")
check "node 2 serves /records to node 1's session" test "$(tail -1 <<<"$page")" = 200
check "node 2's page is not the login form" test "$(grep -c 'name="password"' <<<"$page")" = 0
record=$(grep -o 'href="/records/[0-9]\+"' <<<"$page" | head -1 | grep -o '[0-9]\+')
check "a record id read from node 2's list ($record)" test -n "$record"

# 3. a form posted to node 2 with the CSRF token node 1 rendered
form_token=$(curl -fsS -b "$JAR1" -c "$JAR1" "$(node $N1)/records/$record" | csrf_of)
note="Ghi chú hai máy chủ $(date +%s%N)"
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR1" -c "$JAR1" --data-urlencode "body=$note" \
  --data-urlencode "_csrf=$form_token" "$(node $N2)/records/$record/notes")
check "node 2 accepts a note posted with node 1's CSRF token ($status)" test "$status" = 302
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR1" -c "$JAR1" --data-urlencode "body=forged" \
  --data-urlencode "_csrf=not-the-token" "$(node $N2)/records/$record/notes")
check "node 2 refuses a wrong CSRF token ($status)" test "$status" = 403
check "node 1 shows the note written through node 2" grep -qF "$note" <(curl -fsS -b "$JAR1" "$(node $N1)/records/$record")
check "node 2 shows the note too" grep -qF "$note" <(curl -fsS -b "$JAR1" "$(node $N2)/records/$record")

# 4. a second factor: password on node 1, the code on node 2 (the pending login lives in the session)
JAR2=$WORK/admin.cookies
token=$(curl -fsS -c "$JAR2" -b "$JAR2" "$(node $N1)/login" | csrf_of)
status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR2" -b "$JAR2" \
  --data-urlencode "username=admin" --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "_csrf=$token" \
  "$(node $N1)/login")
check "admin's password on node 1 asks for the second factor" grep -q 'second-factor' <<<"$status"
token=$(curl -fsS -c "$JAR2" -b "$JAR2" "$(node $N2)/login/second-factor" | csrf_of)
status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR2" -b "$JAR2" \
  --data-urlencode "code=$(totp 0)" --data-urlencode "_csrf=$token" "$(node $N2)/login/second-factor")
check "node 2 takes the second factor of the login begun on node 1 ($status)" test "${status%% *}" = 302 -a "$(grep -c 'login' <<<"${status#* }")" = 0
check "node 1 serves the administration page to that session" \
  test "$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR2" "$(node $N1)/admin/organizations")" = 200

# 5. a cached reference item: an organization renamed through node 1's API, read on node 2
bearer=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\":\"second_admin\",\"password\":\"$DEMO_PASSWORD\",\"code\":\"$(totp 0)\"}" \
  "$(node $N1)/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
org=VKSTC
before=$(curl -fsS -H "Authorization: Bearer $bearer" "$(node $N2)/api/v1/organizations/$org")
name_on() { curl -fsS -H "Authorization: Bearer $bearer" "$(node "$1")/api/v1/organizations/$org" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["name"])'; }
check "node 2 has $org cached: $(name_on $N2)" test -n "$(name_on $N2)"
renamed="Viện kiểm sát nhân dân tối cao (đổi tên $(date +%s))"
form=$(python3 -c '
import json, sys
view = json.loads(sys.argv[1])
keys = ["code", "name", "shortName", "type", "agencyKind", "courtLevel", "parentCode", "provinceCode", "active",
        "successorCode", "sortOrder", "version"]
form = {k: view.get(k) for k in keys}
form["name"] = sys.argv[2]
print(json.dumps(form))' "$before" "$renamed")
status=$(curl -sS -o "$WORK/rename.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $bearer" \
  -H 'Content-Type: application/json' -d "$form" "$(node $N1)/api/v1/organizations/$org")
check "node 1 renames $org ($status)" test "$status" = 200
seen=""
for _ in $(seq 1 20); do
  seen=$(name_on $N2)
  [ "$seen" = "$renamed" ] && break
  sleep 0.1
done
check "node 2 shows the new name within 2 s (not after its 5-minute refresh): $seen" test "$seen" = "$renamed"
check "node 1 shows the new name" test "$(name_on $N1)" = "$renamed"

# 6. through HAProxy: round robin, no stickiness; every request of one session, alternating nodes
JAR3=$WORK/lb.cookies
token=$(curl -fsS -c "$JAR3" -b "$JAR3" "$(node $LB)/login" | csrf_of)
curl -sS -o /dev/null -c "$JAR3" -b "$JAR3" --data-urlencode "username=specialist" \
  --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "_csrf=$token" "$(node $LB)/login"
ok=0
for i in $(seq 1 10); do
  code=$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR3" -c "$JAR3" "$(node $LB)/records/$record")
  [ "$code" = 200 ] && ok=$((ok + 1))
done
check "10 of 10 record pages through HAProxy on one session ($ok)" test "$ok" = 10
form_token=$(curl -fsS -b "$JAR3" -c "$JAR3" "$(node $LB)/records/$record" | csrf_of)
lbnote="Ghi chú qua HAProxy $(date +%s%N)"
codes=""
for i in 1 2; do
  codes+=$(curl -sS -o /dev/null -w '%{http_code} ' -b "$JAR3" -c "$JAR3" --data-urlencode "body=$lbnote $i" \
    --data-urlencode "_csrf=$form_token" "$(node $LB)/records/$record/notes")
done
check "two notes posted through HAProxy, one per node, with one CSRF token ($codes)" test "$codes" = "302 302 "
check "both notes on node 1" test "$(curl -fsS -b "$JAR3" "$(node $N1)/records/$record" | grep -oF "$lbnote" | wc -l)" -ge 2
check "both notes on node 2" test "$(curl -fsS -b "$JAR3" "$(node $N2)/records/$record" | grep -oF "$lbnote" | wc -l)" -ge 2
renamed2="$renamed, lần 2"
form=$(python3 -c '
import json, sys
view = json.loads(sys.argv[1]); view["name"] = sys.argv[2]
keys = ["code", "name", "shortName", "type", "agencyKind", "courtLevel", "parentCode", "provinceCode", "active",
        "successorCode", "sortOrder", "version"]
print(json.dumps({k: view.get(k) for k in keys}))' "$(cat "$WORK/rename.json")" "$renamed2")
status=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $bearer" \
  -H 'Content-Type: application/json' -d "$form" "$(node $LB)/api/v1/organizations/$org")
check "rename through HAProxy ($status)" test "$status" = 200
sleep 1
names=""
for i in 1 2 3 4; do names+=$(curl -fsS -H "Authorization: Bearer $bearer" "$(node $LB)/api/v1/organizations/$org" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["name"] == sys.argv[1])' "$renamed2")" "; done
check "4 reads through HAProxy (both nodes) see the second name ($names)" test "$names" = "True True True True "

# the job scheduler runs on both nodes; one database table decides who runs a job
check "both nodes started db-scheduler" test "$(grep -l 'Job scheduler started' "$WORK"/node1.log "$WORK"/node2.log | wc -l)" = 2
check "both nodes listen for cache evictions" test "$(grep -L 'cache-eviction listener lost' "$WORK"/node1.log "$WORK"/node2.log | wc -l)" = 2

echo
echo "| Check | Result |"
echo "|---|---|"
echo "| failures | $FAILURES |"
echo "Logs: $WORK (node1.log, node2.log, haproxy.log)"
[ "$FAILURES" = 0 ]
