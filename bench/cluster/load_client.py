#!/usr/bin/env python3
"""HTTP load client of the cluster scripts (standard library only).

  writes: workers create records and add an event to each through the API with an Idempotency-Key,
          retrying a failed request with the same key; every attempt is logged (JSON lines), and the
          acknowledged writes are written to a result file that `check` compares with the database.
  check:  reads the result file and psql output (key|count) and prints the table of kill-test.sh.
  load:   N users, each with its own session (web pages) or bearer token (JSON API), a mix of list
          pages, record pages, JSON lists and records, and a write now and then; prints throughput,
          p50/p95/p99 and errors.
"""
import argparse
import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse

DATE = "2026-01-05"


class Http:
    """One keep-alive connection per base URL; a broken one is reopened on the next request."""

    def __init__(self, base, timeout=30):
        u = urllib.parse.urlparse(base)
        self.host, self.port, self.timeout = u.hostname, u.port, timeout
        self.conn = None
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
        except Exception:
            self.close()
            raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                if "=" in pair:
                    k, v = pair.split("=", 1)
                    self.cookies[k.strip()] = v.strip()
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, response.getheaders(), data

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
        self.conn = None


def json_request(http, method, path, payload, token=None, key=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    return http.request(method, path, json.dumps(payload).encode(), headers)


def get_token(base, username, password, attempts=60):
    for _ in range(attempts):
        try:
            status, _, data = json_request(Http(base), "POST", "/api/v1/auth/token",
                                           {"username": username, "password": password})
            if status == 200:
                return json.loads(data)["token"]
        except Exception:
            pass
        time.sleep(1)
    raise SystemExit(f"no token for {username} from {base}")


# who writes where: a Commission specialist writes for a department, a provincial officer for the committee
# of the province (as the record form offers them)
OWNERS = {"provincial_officer": {"ownerOrganizationCode": "BNC-48"}}


def record_payload(title, account=None):
    owner = OWNERS.get(account, {"ownerOrganizationCode": "BNCTW", "ownerDepartmentCode": "BNCTW-VAVV"})
    return {"kind": "CASE", "title": title, "oversightLevel": 2, "severity": "VERY_SERIOUS",
            "classification": "UNCLASSIFIED", **owner,
            "provinceCodes": ["VN-48"], "agencyCodes": ["BCA-C03"], "readers": [], "crimeArticles": ["353"]}


# ---------------------------------------------------------------- writes (kill test)

def writes(args):
    token = get_token(args.base[0], args.user, args.password)
    stop_at = time.time() + args.duration
    log_lock = threading.Lock()
    attempts_log = open(args.log, "w")
    results = {"records": [], "events": [], "unacknowledged": []}
    counters = {"requests": 0, "errors": 0}

    def attempt_log(entry):
        with log_lock:
            attempts_log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            counters["requests"] += 1
            if entry.get("status") is None or not (200 <= entry["status"] < 300):
                counters["errors"] += 1

    def once(worker_http, op, key, path, payload):
        """The write until acknowledged (or the retries run out); returns (body, attempts) or (None, attempts)."""
        for attempt in range(1, args.retries + 2):
            http = worker_http[attempt % len(worker_http)] if args.spread else worker_http[0]
            entry = {"op": op, "key": key, "attempt": attempt, "at": round(time.time(), 3)}
            try:
                status, headers, data = json_request(http, "POST", path, payload, token, key)
                entry["status"] = status
                if 200 <= status < 300:
                    if not os.path.exists(args.log + ".started"):
                        # tells the kill script that writes are flowing (a login can take a minute on a busy machine)
                        open(args.log + ".started", "w").close()
                    body = json.loads(data)
                    entry["id"] = body.get("id")
                    entry["replayed"] = any(h.lower() == "idempotency-replayed" for h, _ in headers)
                    attempt_log(entry)
                    return body, attempt
                entry["error"] = data[:200].decode("utf-8", "replace")
            except Exception as e:
                entry["status"] = None
                entry["error"] = f"{type(e).__name__}: {e}"
            attempt_log(entry)
            time.sleep(min(0.2 * attempt, 2.0))
        return None, args.retries + 1

    def worker(n):
        https = [Http(b, timeout=args.timeout) for b in args.base]
        i = 0
        while time.time() < stop_at and not (args.stop_file and os.path.exists(args.stop_file)):
            i += 1
            key = f"{args.run}-{n}-{i}"
            title = f"KT {key}"
            body, tries = once(https, "record", key, "/api/v1/records", record_payload(title))
            with log_lock:
                if body is None:
                    results["unacknowledged"].append({"op": "record", "key": key})
                    continue
                results["records"].append({"key": key, "title": title, "id": body["id"], "attempts": tries})
            event_key = key + "-e"
            event = {"type": "CASE_INITIATED", "date": DATE, "note": f"KT {event_key}"}
            body, tries = once(https, "event", event_key, f"/api/v1/records/{body['id']}/events", event)
            with log_lock:
                if body is None:
                    results["unacknowledged"].append({"op": "event", "key": event_key})
                else:
                    results["events"].append({"key": event_key, "note": event["note"], "attempts": tries})

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    attempts_log.close()
    results["requests"] = counters["requests"]
    results["errors"] = counters["errors"]
    with open(args.result, "w") as f:
        json.dump(results, f, ensure_ascii=False)
    print(f"writes: {counters['requests']} requests, {len(results['records'])} records and "
          f"{len(results['events'])} events acknowledged, {counters['errors']} failed attempts", file=sys.stderr)


def check(args):
    res = json.load(open(args.result))
    def counts(path):
        found = {}
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if "|" in line:
                text, count = line.rsplit("|", 1)
                found[text] = int(count)
        return found
    in_db = {**counts(args.records), **counts(args.events)}
    acked = [(r["title"], r["attempts"]) for r in res["records"]] + [(e["note"], e["attempts"]) for e in res["events"]]
    present = sum(1 for text, _ in acked if in_db.get(text, 0) == 1)
    missing = [text for text, _ in acked if in_db.get(text, 0) == 0]
    duplicates = [text for text, n in in_db.items() if n > 1]
    retried = sum(1 for _, tries in acked if tries > 1)
    unacked = res["unacknowledged"]
    unacked_present = sum(1 for u in unacked if in_db.get(f"KT {u['key']}", 0) >= 1)
    rows = [("requests (HTTP attempts)", res["requests"]),
            ("acknowledged writes (2xx with the id)", len(acked)),
            ("errors (failed attempts, each logged with its status or connection error)", res["errors"]),
            ("retried (acknowledged after more than one attempt, same key)", retried),
            ("present exactly once", present),
            ("duplicates", len(duplicates)),
            ("missing (acknowledged, not in the database)", len(missing)),
            ("never acknowledged (client gave up; reported as failed)", len(unacked)),
            ("  of which written anyway (a request answered with an error after its commit)", unacked_present)]
    print(f"| {args.title} | |")
    print("|---|---:|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    for text in missing[:10]:
        print(f"MISSING {text}")
    for text in duplicates[:10]:
        print(f"DUPLICATE {text}")
    ok = not missing and not duplicates and present == len(acked) and len(acked) > 0
    print(("PASS" if ok else "FAIL") + f"  {args.title}: every acknowledged write present exactly once")
    sys.exit(0 if ok else 1)


# ---------------------------------------------------------------- load (memory test)

def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def load(args):
    accounts = args.accounts.split(",")
    base = args.base[0]
    lock = threading.Lock()
    samples = {}   # category -> [ms]
    errors = {}    # category -> {status: n}
    ready = threading.Barrier(args.users + 1)
    stop = threading.Event()
    measuring = threading.Event()

    def note(category, ms, status):
        if not measuring.is_set():
            return
        with lock:
            if isinstance(status, int) and 200 <= status < 400:
                samples.setdefault(category, []).append(ms)
            else:
                errors.setdefault(category, {}).setdefault(str(status), 0)
                errors[category][str(status)] += 1

    def timed(category, http, method, path, body=None, headers=None):
        t = time.perf_counter()
        try:
            status, response_headers, data = http.request(method, path, body, headers)
        except Exception as e:
            note(category, 0, None)
            return None, b""
        location = dict((k.lower(), v) for k, v in response_headers).get("location", "")
        # a page sent back to the login form was not served, however fast
        note(category, (time.perf_counter() - t) * 1000, "login" if "/login" in location else status)
        return status, data

    def login_web(http, user):
        status, _, page = http.request("GET", "/login")
        token = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
        form = urllib.parse.urlencode({"username": user, "password": args.password, "_csrf": token}).encode()
        status, headers, _ = http.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        location = dict((k.lower(), v) for k, v in headers).get("location", "")
        if status != 302 or "error" in location:
            raise RuntimeError(f"web login of {user} failed: {status} {location}")

    logged_in = []

    def user_loop(n):
        rnd = random.Random(n)
        # half the users on pages, half on the API, each half spread over the accounts
        account = accounts[(n // 2) % len(accounts)]
        web = n % 2 == 0
        http = Http(base, timeout=max(args.timeout, 60))
        ids = []
        headers = {}
        # people arrive over the ramp, not in one second (200 password checks at once are a storm of their own)
        time.sleep(args.ramp * n / args.users)
        for attempt in range(3):
            try:
                if web:
                    login_web(http, account)
                else:
                    token = get_token(base, account, args.password, attempts=5)
                headers = {} if web else {"Authorization": "Bearer " + token, "Accept": "application/json"}
                status, _, data = http.request("GET", "/api/v1/records?size=50" if not web else "/records", None,
                                               headers)
                ids = [int(x) for x in re.findall(rb'"id":(\d+)' if not web else rb'href="/records/(\d+)"', data)][:50]
                if ids:
                    with lock:
                        logged_in.append(n)
                    break
            except Exception as e:
                print(f"user {n} could not start (attempt {attempt + 1}): {e}", file=sys.stderr)
        http.timeout = args.timeout
        http.close()
        ready.wait()
        csrf = None
        while not stop.is_set():
            r = rnd.random()
            if web:
                if r < 0.35:
                    timed("page: record list", http, "GET", f"/records?page={rnd.randint(0, 20)}")
                elif r < 0.45:
                    timed("page: record list, filtered", http, "GET", "/records?level=1&deadline=OVERDUE")
                elif r < 0.85 and ids:
                    status, page = timed("page: record", http, "GET", f"/records/{rnd.choice(ids)}")
                    m = re.search(rb'name="_csrf" value="([^"]+)"', page or b"")
                    csrf = m.group(1).decode() if m else csrf
                elif r < 0.97:
                    timed("page: home", http, "GET", "/")
                elif ids and csrf:
                    form = urllib.parse.urlencode({"body": f"Ghi chú tải {n} {time.time()}", "_csrf": csrf}).encode()
                    timed("write: note (form)", http, "POST", f"/records/{rnd.choice(ids)}/notes", form,
                          {"Content-Type": "application/x-www-form-urlencoded"})
            else:
                if r < 0.45:
                    timed("api: record list", http, "GET", f"/api/v1/records?page={rnd.randint(0, 20)}&size=50",
                          None, headers)
                elif r < 0.55:
                    timed("api: record list ?q=", http, "GET", "/api/v1/records?q=dau%20thau", None, headers)
                elif r < 0.97 and ids:
                    timed("api: record", http, "GET", f"/api/v1/records/{rnd.choice(ids)}", None, headers)
                else:
                    timed("write: record (API)", http, "POST", "/api/v1/records",
                          json.dumps(record_payload(f"Tải thử {n} {time.time()}", account)).encode(),
                          {**headers, "Content-Type": "application/json"})
            if args.think > 0:
                time.sleep(rnd.uniform(0, 2 * args.think))

    threads = [threading.Thread(target=user_loop, args=(n,), daemon=True) for n in range(args.users)]
    for t in threads:
        t.start()
    ready.wait()
    print(f"{len(logged_in)} of {args.users} users logged in; warming up {args.warmup}s, measuring {args.duration}s",
          file=sys.stderr)
    time.sleep(args.warmup)
    measuring.set()
    started = time.time()
    time.sleep(args.duration)
    measuring.clear()
    elapsed = time.time() - started
    stop.set()
    for t in threads:
        t.join(timeout=args.timeout + 5)

    total_ok = sum(len(v) for v in samples.values())
    total_err = sum(sum(e.values()) for e in errors.values())
    print(f"| Request | count | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    all_ms = []
    for category in sorted(set(samples) | set(errors)):
        ms = sorted(samples.get(category, []))
        all_ms += ms
        errs = errors.get(category, {})
        print(f"| {category} | {len(ms)} | {len(ms) / elapsed:.1f} | {percentile(ms, 50):.0f} | "
              f"{percentile(ms, 95):.0f} | {percentile(ms, 99):.0f} | "
              f"{sum(errs.values())}{' ' + json.dumps(errs) if errs else ''} |")
    all_ms.sort()
    print(f"| **all** | {total_ok} | {total_ok / elapsed:.1f} | {percentile(all_ms, 50):.0f} | "
          f"{percentile(all_ms, 95):.0f} | {percentile(all_ms, 99):.0f} | {total_err} |")
    print(f"\n{len(logged_in)} of {args.users} users logged in and found their records before the measurement.")
    with open(args.result, "w") as f:
        json.dump({"ok": total_ok, "errors": total_err, "seconds": elapsed, "users": args.users,
                   "started": len(logged_in),
                   "throughput": total_ok / elapsed, "p50": percentile(all_ms, 50),
                   "p95": percentile(all_ms, 95), "p99": percentile(all_ms, 99)}, f)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["writes", "check", "load"])
    p.add_argument("--base", action="append", default=[])
    p.add_argument("--user", default="specialist")
    p.add_argument("--accounts", default="specialist,provincial_officer")
    p.add_argument("--password", default=os.environ.get("THEODOI_DEMO_PASSWORD", ""))
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--users", type=int, default=200)
    p.add_argument("--duration", type=float, default=60)
    p.add_argument("--warmup", type=float, default=20)
    p.add_argument("--think", type=float, default=0)
    p.add_argument("--ramp", type=float, default=30, help="load: seconds over which the users arrive and log in")
    p.add_argument("--retries", type=int, default=30)
    p.add_argument("--timeout", type=float, default=30)
    p.add_argument("--spread", action="store_true", help="retry on the next base URL")
    p.add_argument("--run", default=str(int(time.time())))
    p.add_argument("--log", default="attempts.jsonl")
    p.add_argument("--result", default="result.json")
    p.add_argument("--stop-file", help="writes: stop once this file exists (or --duration has passed)")
    p.add_argument("--records")
    p.add_argument("--events")
    p.add_argument("--title", default="kill test")
    args = p.parse_args()
    {"writes": writes, "check": check, "load": load}[args.mode](args)


if __name__ == "__main__":
    main()
