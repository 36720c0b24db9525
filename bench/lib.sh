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

# login_role PORT USER PASSWORD: creates the application's login role on the PostgreSQL at 127.0.0.1:PORT if missing
login_role() {
  psql_superuser "${PGHOST_ADDR:-127.0.0.1}" "$1" -q <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$2') then
    create role $2 login password '$3';
  end if;
end \$\$;
SQL
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

# totp SECRET: the current one-time code of a base32 secret (RFC 6238, 30 s, 6 digits)
totp() { python3 - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
mac = hmac.new(key, struct.pack('>Q', int(time.time()) // 30), hashlib.sha1).digest()
o = mac[-1] & 15
print('%06d' % ((struct.unpack('>I', mac[o:o + 4])[0] & 0x7fffffff) % 1000000))
PY
}

# theodoi_login BASE USER PASSWORD TOTP_SECRET JAR: logs USER in twice, with the second factor, and sets TOKEN (a
# bearer token) and COOKIE (a page session's cookie header). A one-time code is accepted once, so the page login
# waits for the next 30-second step. Fails when the pages do not answer 200 with the cookie.
theodoi_login() {
  local base=$1 user=$2 password=$3 secret=$4 jar=$5 c step code
  TOKEN=$(curl -sf -XPOST "$base/api/v1/auth/token" -H 'content-type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\",\"code\":\"$(totp "$secret")\"}" |
    python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')
  csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'; }
  rm -f "$jar"
  c=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
  curl -s -b "$jar" -c "$jar" -o /dev/null -XPOST "$base/login" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$c"
  c=$(curl -s -c "$jar" -b "$jar" "$base/login/second-factor" | csrf)
  step=$(( $(date +%s) / 30 )); while [ $(( $(date +%s) / 30 )) = "$step" ]; do sleep 1; done
  curl -s -b "$jar" -c "$jar" -o /dev/null -XPOST "$base/login/second-factor" --data-urlencode "code=$(totp "$secret")" \
    --data-urlencode "_csrf=$c"
  # curl marks HttpOnly cookies with a "#HttpOnly_" prefix, which is not a comment
  COOKIE=$(sed 's/^#HttpOnly_//' "$jar" | awk 'NF>=7 && $1 !~ /^#/ {printf "%s%s=%s", sep, $6, $7; sep="; "}')
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$base/records")
  [ "$code" = 200 ] || { echo "login to theodoi's pages failed (HTTP $code)" >&2; return 1; }
}
