#!/usr/bin/env bash
# Two instances of the server on one PostgreSQL, as behind a reverse proxy: a package uploaded
# through one is read through the other (its run, its report, the unit's history), a session made
# on one signs the browser in on the other, and both answer /readyz. Instances keep no state of
# their own; this shows it.
#
# usage: ACCREDIT_TEST_POSTGRES_URL=postgres://… scripts/ci/check-two-instances.sh
#        (scripts/ci/postgres.sh start prints such a URL)
set -euo pipefail
cd "$(dirname "$0")/../.."

url="${ACCREDIT_TEST_POSTGRES_URL:?set ACCREDIT_TEST_POSTGRES_URL (scripts/ci/postgres.sh start prints one)}"
server="${ACCREDIT_SERVER:-$PWD/.build/debug/accredit-server}"
[ -x "$server" ] || { echo "check-two-instances: no server at $server; build it first" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
database="accredit_two_$$"
maintenance="${url%/*}/postgres"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql "$maintenance" -qc "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "check-two-instances: $*" >&2
  for log in "$work"/*.log; do echo "--- $log" >&2; cat "$log" >&2; done
  exit 1
}

# A database of its own, so that the run starts empty whatever ran before on the cluster.
psql "$maintenance" -qc "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1
psql "$maintenance" -qc "CREATE DATABASE $database" >/dev/null
shared="${url%/*}/$database"

export ACCREDIT_BCRYPT_COST=4
"$server" admin add-user ci-admin --role admin --database "$shared" >"$work/admin.txt"
token="$(tail -n 1 "$work/admin.txt")"
password="$(sed -n 's/^Password for signing in.*: //p' "$work/admin.txt")"

start() {
  "$server" serve --database "$shared" --port 0 >"$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    address="$(sed -n 's/^accredit serve: listening on //p' "$work/$1.log")"
    [ -n "$address" ] && { echo "$address"; return; }
    sleep 0.2
  done
  fail "instance $1 did not start"
}
first="$(start one)"
second="$(start two)"
[ "$first" != "$second" ] || fail "both instances on one address"

auth=(-H "Authorization: Bearer $token")
for address in "$first" "$second"; do
  curl -fsS "$address/readyz" >/dev/null || fail "$address is not ready"
done

curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"id":"hjemmeplejen-nord","name":"Hjemmeplejen Nord","level":"sector","parent":null}' \
  "$first/api/v1/units" >/dev/null || fail "creating a unit through the first instance"

(cd examples/ready-hjemmepleje && python3 -c '
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for root, _, files in os.walk("."):
        for name in sorted(files):
            path = os.path.join(root, name)[2:]
            if not path.startswith("expected/") and path != "README.md":
                z.write(path)
' "$work/package.zip")

created="$(curl -fsS "${auth[@]}" -H 'Content-Type: application/zip' --data-binary "@$work/package.zip" \
  "$first/api/v1/units/hjemmeplejen-nord/runs?asOf=2026-03-01")" || fail "upload through the first instance"
id="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$created")"

# Read it all back through the other one.
curl -fsS "${auth[@]}" "$second/api/v1/runs/$id" | grep -q '"verdict":"ready"' || fail "run $id not readable on the second instance"
curl -fsS "${auth[@]}" "$second/api/v1/units/hjemmeplejen-nord/runs" | grep -q "\"id\":$id" || fail "history not shared"
curl -fsS "${auth[@]}" "$second/api/v1/runs/$id/report?format=json" >"$work/report.json" || fail "report not shared"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["decision"]["decision"]=="ready", r["decision"]' \
  "$work/report.json" || fail "the report read through the second instance is not the uploaded run's"

# A browser session made on the first instance is valid on the second.
curl -fsS -c "$work/cookies" -o /dev/null --data-urlencode "name=ci-admin" --data-urlencode "password=$password" \
  "$first/login" || fail "signing in on the first instance"
status="$(curl -sS -b "$work/cookies" -o /dev/null -w '%{http_code}' "$second/")"
[ "$status" = 200 ] || fail "the session from the first instance gave $status on the second"

echo "check-two-instances: run $id uploaded through $first, read through $second; sessions shared"
