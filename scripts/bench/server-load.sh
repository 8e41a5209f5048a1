#!/usr/bin/env bash
# Load benchmark of the web application (not a test: results go to BENCHMARKS.md by hand).
#
#   scripts/bench/server-load.sh [SECONDS] [CLIENTS]     defaults: 60 s, 20 clients
#
# 1. One release-built instance on loopback with a fresh embedded database; the shipped example
#    packages become units with a first run each.
# 2. wrk, CLIENTS connections for SECONDS: uploads of those packages (one request in five) mixed
#    with dashboards, unit pages, HTML and JSON reports and run lists (server-load.lua). Prints
#    throughput, p50/p90/p99 latency and any non-2xx answer (there must be none).
# 3. Upload-to-report latency of one example while the load runs (issue: toward the floor).
# 4. The dashboard of an organisation with 1,000 units and 10,000 runs, timed with hyperfine.
# Needs wrk, hyperfine, curl, sqlite3 and python3 (Debian's packages).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
clients="${2:-20}"

# ACCREDIT_SERVER names a release-built server to use instead of building one here.
if [ -z "${ACCREDIT_SERVER:-}" ]; then
  swift build -c release --product accredit-server >/dev/null
fi
server="${ACCREDIT_SERVER:-$PWD/.build/release/accredit-server}"
work="$(mktemp -d)"
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

start() {
  "$server" serve --data "$work/data" --port 0 >"$work/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    address="$(sed -n 's/^accredit serve: listening on //p' "$work/serve.log")"
    [ -n "$address" ] && return
    sleep 0.1
  done
  cat "$work/serve.log" >&2
  exit 1
}

"$server" admin add-user load --role admin --data "$work/data" >"$work/admin.txt"
token="$(tail -n 1 "$work/admin.txt")"
password="$(sed -n 's/^Password for signing in.*: //p' "$work/admin.txt")"
start
auth=(-H "Authorization: Bearer $token")

# The shipped examples that can be evaluated, one unit each, zipped as a coordinator would.
packages=""
for folder in examples/ready-hjemmepleje examples/not-ready-sundhed examples/overlap-sundhed \
  examples/municipality/koncern examples/municipality/sundhed-og-aeldre; do
  unit="$(basename "$folder")"
  python3 - "$folder" "$work/$unit.zip" <<'PY'
import os, sys, zipfile
folder, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "expected"]
        for name in sorted(files):
            path = os.path.join(root, name)
            if name != "README.md":
                z.write(path, os.path.relpath(path, folder))
PY
  curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"id\":\"$unit\",\"name\":\"$unit\",\"level\":\"sector\"}" "$address/api/v1/units" >/dev/null
  curl -sS "${auth[@]}" -H 'Content-Type: application/zip' --data-binary "@$work/$unit.zip" \
    "$address/api/v1/units/$unit/runs" >"$work/first-run.json"
  packages="${packages:+$packages,}$unit=$work/$unit.zip"
done
run="$(curl -fsS "${auth[@]}" "$address/api/v1/units/ready-hjemmepleje/runs?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
curl -fsS -c "$work/cookies" -o /dev/null --data-urlencode "name=load" --data-urlencode "password=$password" "$address/login"
cookie="accredit_session=$(awk '$6 == "accredit_session" { print $7 }' "$work/cookies")"

echo "== Mixed load: $clients clients for $seconds s against $address"
LOAD_TOKEN="$token" LOAD_COOKIE="$cookie" LOAD_RUN="$run" LOAD_PACKAGES="$packages" \
  wrk -t 2 -c "$clients" -d "${seconds}s" --latency -s scripts/bench/server-load.lua "$address" &
wrk_pid=$!
sleep $((seconds / 2))
echo "== Upload-to-report latency of examples/ready-hjemmepleje under that load (5 uploads)"
for _ in 1 2 3 4 5; do
  curl -sS -o /dev/null -w '%{time_total}\n' "${auth[@]}" -H 'Content-Type: application/zip' \
    --data-binary "@$work/ready-hjemmepleje.zip" "$address/api/v1/units/ready-hjemmepleje/runs"
done | sort -n | awk '{ t[NR] = $1 } END { printf "upload-to-verdict seconds: min %s median %s max %s\n", t[1], t[int((NR + 1) / 2)], t[NR] }'
wait "$wrk_pid"

echo "== Dashboard of 1,000 units and 10,000 runs"
kill "$pid" && wait "$pid" 2>/dev/null || true
pid=
sqlite3 "$work/data/accredit.sqlite" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO units(id, name, level, parent, created_at)
SELECT printf('enhed-%04d', i), printf('Enhed %d', i), 'sector', NULL, '2026-01-01T00:00:00.000Z' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO runs(unit, created_at, created_by, as_of, verdict, summary, error, standards, rule_sets,
  catalogue_hash, package_sha256, expiring)
SELECT printf('enhed-%04d', (i % 1000) + 1), printf('2026-%02d-01T08:00:00.000Z', (i / 1000) + 1), 'load', NULL,
  CASE i % 3 WHEN 0 THEN 'ready' WHEN 1 THEN 'not-ready' ELSE 'ready-with-remarks' END,
  (SELECT summary FROM runs WHERE verdict IS NOT NULL LIMIT 1), NULL,
  (SELECT standards FROM runs WHERE verdict IS NOT NULL LIMIT 1), (SELECT rule_sets FROM runs WHERE verdict IS NOT NULL LIMIT 1),
  'x', 'y', (SELECT expiring FROM runs WHERE verdict IS NOT NULL LIMIT 1) FROM n;
SQL
start
hyperfine --warmup 3 --runs 30 "curl -fsS -o /dev/null -b '$cookie' $address/"
