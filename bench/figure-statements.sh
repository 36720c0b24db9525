#!/usr/bin/env bash
# The records' figures of a report (issue 13) as SQL, for a reader who sees everything, over this
# year: the ~25 separate counts of before (one per figure and level, as RecordFigureQueries ran them
# until issue 13) against the grouped statements of now (one per family), each run RUNS times in
# one session; prints the time of each and the totals, and checks that both give the same numbers.
# Usage: bench/figure-statements.sh [database, default theodoi_bench1m] [runs, default 3]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
data_set_arguments 3 "$@"
Y=$(date +%Y)
V="r.classification in ('UNCLASSIFIED','CONFIDENTIAL','SECRET','TOP_SECRET')"
P="'$Y-01-01'::date and '$Y-12-31'::date"
TODAY="current_date"
ev() { echo "exists (select 1 from record_event fe where fe.record_id = r.id and fe.type = '$1' and fe.superseded_by_id is null and fe.event_date between $P)"; }
BEFORE_LEVEL="coalesce((select lp.oversight_level from record_level_change lp where lp.record_id = lc.record_id and (lp.decided_on < lc.decided_on or (lp.decided_on = lc.decided_on and lp.id < lc.id)) order by lp.decided_on desc, lp.id desc limit 1), 0)"

declare -a OLD NEW
for t in CASE_INITIATED INDICTED FIRST_INSTANCE_JUDGMENT APPEAL_JUDGMENT; do
  OLD+=("select count(*) from oversight_record r where $V and r.kind = 'CASE' and $(ev $t)")
done
for c in charged_on indicted_on tried_first_instance_on tried_appeal_on; do
  OLD+=("select count(*) from record_person p join oversight_record r on r.id = p.record_id where $V and p.$c between $P")
done
for k in DAMAGE RECOVERED; do
  OLD+=("select coalesce(sum(m.amount_vnd), 0) from record_money m join oversight_record r on r.id = m.record_id where $V and m.kind = '$k' and m.as_of between $P")
done
for l in 1 2 3; do
  OLD+=("select count(*) from oversight_record r where $V and (select lc.oversight_level from record_level_change lc where lc.record_id = r.id and lc.decided_on <= '$Y-12-31' order by lc.decided_on desc, lc.id desc limit 1) = $l")
  OLD+=("select count(*) from oversight_record r where $V and exists (select 1 from record_level_change lc where lc.record_id = r.id and lc.decided_on between $P and lc.oversight_level = $l and $BEFORE_LEVEL <> $l)")
  OLD+=("select count(*) from oversight_record r where $V and exists (select 1 from record_level_change lc where lc.record_id = r.id and lc.decided_on between $P and coalesce(lc.oversight_level, 0) <> $l and $BEFORE_LEVEL = $l)")
done
OLD+=("select count(*) from oversight_record r where $V and exists (select 1 from record_time_limit tl where tl.record_id = r.id and tl.end_date between $P and tl.end_date <= tl.due_date)")
OLD+=("select count(*) from oversight_record r where $V and exists (select 1 from record_time_limit tl where tl.record_id = r.id and tl.due_date between $P and (tl.end_date > tl.due_date or (tl.end_date is null and tl.due_date < $TODAY)))")

NEW+=("select string_agg(type || '=' || n, ' ' order by type) from (select fe.type, count(distinct fe.record_id) n from record_event fe join oversight_record r on r.id = fe.record_id where $V and r.kind = 'CASE' and fe.superseded_by_id is null and fe.type in ('CASE_INITIATED','INDICTED','FIRST_INSTANCE_JUDGMENT','APPEAL_JUDGMENT') and fe.event_date between $P group by fe.type) x")
NEW+=("select string_agg(k || '=' || n, ' ' order by k) from (select d.k, count(*) n from (select 0 k, p.record_id from record_person p where p.charged_on between $P union all select 1, p.record_id from record_person p where p.indicted_on between $P union all select 2, p.record_id from record_person p where p.tried_first_instance_on between $P union all select 3, p.record_id from record_person p where p.tried_appeal_on between $P) d join oversight_record r on r.id = d.record_id where $V group by d.k) x")
NEW+=("select string_agg(kind || '=' || t, ' ' order by kind) from (select m.kind, sum(m.amount_vnd) t from record_money m join oversight_record r on r.id = m.record_id where $V and m.kind in ('DAMAGE','RECOVERED') and m.as_of between $P group by m.kind) x")
NEW+=("select string_agg(l || '=' || n, ' ' order by l) from (select lastc.oversight_level l, count(*) n from (select distinct on (lc.record_id) lc.record_id, lc.oversight_level from record_level_change lc where lc.decided_on <= '$Y-12-31' order by lc.record_id desc, lc.decided_on desc, lc.id desc) lastc join oversight_record r on r.id = lastc.record_id where $V group by lastc.oversight_level) x")
NEW+=("select concat_ws(' ', $(for l in 1 2 3; do printf "count(distinct d.record_id) filter (where d.a = $l and d.b <> $l), "; done) $(for l in 1 2 3; do printf "count(distinct d.record_id) filter (where coalesce(d.a, 0) <> $l and d.b = $l)"; if [ $l -lt 3 ]; then printf ", "; fi; done)) from (select lc.record_id, lc.oversight_level a, $BEFORE_LEVEL b from record_level_change lc join oversight_record r on r.id = lc.record_id where $V and lc.decided_on between $P) d")
NEW+=("select string_agg(k || '=' || n, ' ' order by k) from (select d.k, count(distinct d.record_id) n from (select 0 k, tl.record_id from record_time_limit tl where tl.end_date between $P and tl.end_date <= tl.due_date union all select 1, tl.record_id from record_time_limit tl where tl.due_date between $P and (tl.end_date > tl.due_date or (tl.end_date is null and tl.due_date < $TODAY))) d join oversight_record r on r.id = d.record_id where $V group by d.k) x")

run() { # label, statements...
  local label=$1; shift
  local sql="\\timing on"$'\n'
  for i in $(seq 1 "$RUNS"); do for s in "$@"; do sql+="$s;"$'\n'; done; done
  psql -h "$HOST" -p "$PORT" -U postgres -d "$DB" -qAt -c "set jit = off" -f - <<<"$sql" >"/tmp/figure-statements-$label.txt"
}
run before "${OLD[@]}"
run after "${NEW[@]}"
summary() { # label, statements per run
  python3 - "/tmp/figure-statements-$1.txt" "$2" "$RUNS" "$1" <<'PY'
import sys, re
lines = open(sys.argv[1]).read().split("\n")
times = [float(m.group(1)) for l in lines for m in [re.match(r"Time: ([\d.]+) ms", l)] if m]
values = [l for l in lines if l and not l.startswith("Time:")]
n, runs = int(sys.argv[2]), int(sys.argv[3])
per_run = [sum(times[i * n:(i + 1) * n]) for i in range(runs)]
print(f"| {sys.argv[4]} | {n} | " + " | ".join(f"{t:,.0f}" for t in per_run) + f" | {min(per_run):,.0f} |")
print("VALUES " + sys.argv[4] + ": " + " ".join(values[:n]), file=sys.stderr)
PY
}
echo
echo "Records' figures of $Y for a reader who sees everything, database $DB, ms per whole set of statements"
echo
echo "| Statements | count | $(for i in $(seq 1 "$RUNS"); do printf 'run %s | ' "$i"; done)best |"
echo "|---|---:|$(for i in $(seq 1 "$RUNS"); do printf -- '---:|'; done)---:|"
summary before "${#OLD[@]}"
summary after "${#NEW[@]}"
