#!/usr/bin/env bash
# Copied from the design folder (shared/peers/redmine/setup.sh) so that a clone can set up the peer on its own.
# Peer anchor: Redmine 5 (Debian package) under Puma on PostgreSQL, loaded with N issues spread over
# 34 projects (one per province), due dates 2023-2027, ~60% open. Serves on 127.0.0.1:3000.
# Usage: setup.sh [N]   (default 200000). Prints the admin API key on its last line.
set -euo pipefail
N=${1:-200000}
export DEBIAN_FRONTEND=noninteractive
command -v puma >/dev/null || { apt-get update -qq; apt-get install -y -qq redmine redmine-pgsql puma wrk >/dev/null; }
pg_lsclusters | grep -q online || pg_ctlcluster 15 main start
PSQL="su postgres -c"
psql_r() { su postgres -c "psql -q -d redmine_default -v ON_ERROR_STOP=1 -Atc \"$1\""; }
if [ "$(psql_r 'select count(*) from issues')" -lt "$N" ]; then
  su postgres -c "psql -q -d redmine_default -v ON_ERROR_STOP=1" <<SQL
delete from issues; delete from enabled_modules; delete from projects_trackers; delete from projects;
insert into projects (id, name, identifier, is_public, status, lft, rgt, created_on, updated_on)
  select g, 'Tinh ' || g, 'p' || g, true, 1, 2*g-1, 2*g, now(), now() from generate_series(1,34) g;
insert into enabled_modules (project_id, name) select g, m from generate_series(1,34) g, unnest(array['issue_tracking']) m;
insert into projects_trackers (project_id, tracker_id) select g, t from generate_series(1,34) g, generate_series(1,3) t;
insert into issues (id, tracker_id, project_id, subject, description, due_date, status_id, priority_id, author_id,
                    lock_version, created_on, updated_on, start_date, done_ratio, root_id, lft, rgt, is_private)
  select g, 1 + g % 3, 1 + g % 34, 'Vụ việc số ' || g || ' về quản lý đất đai', 'Mô tả ' || g,
         date '2023-01-01' + (g * 7919 % 1800), case when g % 5 < 3 then 1 + g % 2 else 5 end, 2, 1,
         0, now(), now(), date '2023-01-01' + (g * 7919 % 1800) - 90, 0, g, 1, 2, false
  from generate_series(1, $N) g;
select setval('issues_id_seq', $N);
select setval('projects_id_seq', 34);
delete from settings where name in ('rest_api_enabled','login_required');
insert into settings (name, value, updated_on) values ('rest_api_enabled', '1', now()), ('login_required', '1', now());
delete from tokens where action = 'api' and user_id = 1;
insert into tokens (user_id, action, value, created_on, updated_on) values (1, 'api', 'b0a7c3f1e2d4a6b8c0e1f2a3b4c5d6e7f8091a2b', now(), now());
analyze;
SQL
fi
if ! curl -s -o /dev/null http://127.0.0.1:3000/; then
  cd /usr/share/redmine
  RAILS_ENV=production X_DEBIAN_SITEID=default setsid puma -e production -b tcp://127.0.0.1:3000 -w 2 -t 5:5 config.ru \
    > /tmp/redmine-puma.log 2>&1 < /dev/null &
  for _ in $(seq 60); do curl -s -o /dev/null http://127.0.0.1:3000/ && break; sleep 1; done
fi
echo b0a7c3f1e2d4a6b8c0e1f2a3b4c5d6e7f8091a2b
