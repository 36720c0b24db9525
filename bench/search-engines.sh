#!/usr/bin/env bash
# Measures diacritic-insensitive free-text search engines on the records of a generated data set
# (issues 13 and 14): the same ~30 realistic queries through each engine, as the one search runs them for
# a reader who sees everything (the 10 newest matches, plus the total capped at 1,001), RUNS times each;
# prints p50/p95 per engine and, per query, the matches each engine finds against the intended meaning
# (the query's words as a run of whole words of the key).
# Engines: "trgm like" (the lists: search_text like '%q%', pg_trgm GIN), "trgm words" (the one search:
# search_text like '% q %' on the word key with a space at each end (V79), the same index, whole words),
# "trgm word" (search_text ~ '\mq\M', the same index), "fts phrase" (to_tsvector('simple', search_text)
# @@ phraseto_tsquery('simple', q), a GIN index on that expression), "fts words" (the same index, every word
# anywhere: plainto_tsquery, the one search's meaning). ENGINES="trgm words,fts words" picks some.
# Creates the full-text index if it is missing (idempotent; it stays, for the application's use).
# Usage: bench/search-engines.sh [database, default theodoi_bench1m] [runs, default 5]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
data_set_arguments 5 "$@"
command -v python3 >/dev/null || apt-get install -y python3 >/dev/null
psql_db() { psql -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres -d "$DB" -qAt "$@"; }

if [[ "${ENGINES:-fts}" == *fts* ]]; then
  psql_db -c "create index if not exists ix_record_search_fts on oversight_record
    using gin (to_tsvector('simple'::regconfig, search_text))"
fi
psql_db -c "analyze oversight_record"

# The queries as a person types them; folded as the application folds them (VietnameseText.fold).
QUERIES=$(python3 - <<'PY'
import unicodedata, re
qs = ["đấu thầu", "dau thau", "mua sắm", "thiết bị y tế", "bat dong san", "xăng dầu", "đăng kiểm",
      "chiếm đoạt tài sản", "đầu tư", "tham nhung", "Sao Mai", "Hoàng Long", "phuc thinh xanh",
      "Công ty TNHH Một thành viên", "tổng công ty", "Bạch Đằng", "Nguyễn Văn", "tran thi", "Huỳnh Minh Tâm",
      "ly hoai vinh", "an", "long", "thầu", "đầu", "mai", "Hồ Chí Minh", "dak lak", "B-VA-2024",
      "b-nt-2023-15236", "hoa sen vàng"]
for q in qs:
    d = unicodedata.normalize("NFD", q)
    f = "".join(c for c in d if unicodedata.category(c) not in ("Mn", "Mc", "Me"))
    f = f.replace("đ", "d").replace("Đ", "d").lower()
    # the key's words (VietnameseText.searchWords): anything but a-z and 0-9 separates them
    print(" ".join(re.findall(r"[a-z0-9]+", f)))
PY
)

# One plpgsql function (per session) does the timing inside the server (no client round trips in the figures).
FUNC=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$OUT" "$FUNC"' EXIT
cat >"$FUNC" <<'SQL'
create or replace function pg_temp.bench_search(cond text, q text, runs int) returns table(ms double precision, hits bigint)
language plpgsql as $$
declare t0 timestamptz; n bigint; i int;
begin
  for i in 1..runs loop
    t0 := clock_timestamp();
    execute 'select count(*) from (select r.id from oversight_record r where ' || cond
      || ' order by r.id desc limit 10) p' using q;
    execute 'select count(*) from (select 1 from oversight_record r where ' || cond || ' limit 1001) m'
      into n using q;
    ms := extract(epoch from clock_timestamp() - t0) * 1000; hits := n;
    return next;
  end loop;
end $$;
SQL

declare -A COND
# (none of the queries holds % _ or a regular expression's special character)
COND["trgm like"]="r.search_text like '%' || \$1 || '%'"
COND["trgm words"]="r.search_text like '% ' || \$1 || ' %'"
COND["trgm word"]="r.search_text ~ ('\m' || \$1 || '\M')"
COND["fts words"]="to_tsvector('simple'::regconfig, r.search_text) @@ plainto_tsquery('simple'::regconfig, \$1)"
COND["fts phrase"]="to_tsvector('simple'::regconfig, r.search_text) @@ phraseto_tsquery('simple'::regconfig, \$1)"
IFS=, read -r -a ENGINES <<<"${ENGINES:-trgm like,trgm words,trgm word,fts words,fts phrase}"

while IFS= read -r q; do
  # the intended meaning: the query as whole syllables (uncapped, sequential scan, computed once)
  truth=$(psql_db -v q="$q" <<'SQL'
select count(*) from oversight_record r where r.search_text ~ ('(^|[^a-z0-9])' || :'q' || '($|[^a-z0-9])');
SQL
)
  for e in "${ENGINES[@]}"; do
    # one warm-up run, then RUNS timed runs; also the engine's own uncapped match count
    psql_db -v q="$q" -v cond="${COND[$e]}" -v runs="$RUNS" -v e="$e" -v truth="$truth" -f "$FUNC" -f - >>"$OUT" <<'SQL'
select count(*) from pg_temp.bench_search(:'cond', :'q', 1);
select format('%s|%s|%s|%s|%s', :'e', :'q', t.ms, t.hits, :'truth') from pg_temp.bench_search(:'cond', :'q', :runs) t;
SQL
  done
done <<<"$QUERIES"

python3 - "$OUT" "$DB" "$RUNS" <<'PY'
import sys, statistics
rows = [l.rstrip("\n").split("|") for l in open(sys.argv[1]) if l.count("|") == 4]
def pct(v, p):
    v = sorted(v); k = (len(v) - 1) * p; f = int(k); c = min(f + 1, len(v) - 1)
    return v[f] + (v[c] - v[f]) * (k - f)
engines = list(dict.fromkeys(r[0] for r in rows))
print(f"\nFree-text search on {sys.argv[2]}: {len(set(r[1] for r in rows))} queries x {sys.argv[3]} runs, 10 newest + count capped at 1,001, ms")
print("\n| Engine | p50 | p95 | max |\n|---|---:|---:|---:|")
for e in engines:
    ms = [float(r[2]) for r in rows if r[0] == e]
    print(f"| {e} | {pct(ms, .5):.1f} | {pct(ms, .95):.1f} | {max(ms):.1f} |")
print("\nMatches (capped at 1,001) against whole words (uncapped); per query the p50 in ms")
print("\n| Query (folded) | whole syllables | " + " | ".join(engines) + " |\n|---|---:|" + "---:|" * len(engines))
for q in dict.fromkeys(r[1] for r in rows):
    cells = []
    for e in engines:
        rs = [r for r in rows if r[0] == e and r[1] == q]
        cells.append(f"{rs[0][3]} ({statistics.median(float(r[2]) for r in rs):.1f} ms)")
    truth = [r[4] for r in rows if r[1] == q][0]
    print(f"| {q} | {truth} | " + " | ".join(cells) + " |")
PY
