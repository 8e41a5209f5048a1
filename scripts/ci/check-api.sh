#!/usr/bin/env bash
# Tests a live accredit server against its own OpenAPI document with schemathesis.
#
# Starts `accredit-server serve` on a free local port with a fresh data folder, creates an admin
# and its API token, creates two units and uploads one package (examples/ready-hjemmepleje) so
# that the document's examples (unit `hjemmeplejen-nord`, run 1) name real objects, then lets
# schemathesis send generated requests to every operation of /api/v1/openapi.json and check
# every response (status codes, content types, headers, bodies against their schemas,
# authentication, rejection of invalid input, 405 for methods not documented). Any failure fails
# the script. The server is stopped and the data folder removed on every way out.
#
#   bash scripts/ci/check-api.sh [EXTRA SCHEMATHESIS RUN OPTIONS...]
#
# Environment:
#   ACCREDIT_SERVER          the server to test (default .build/debug/accredit-server; build it
#                            first with `swift build --product accredit-server`)
#   CHECK_API_MAX_EXAMPLES   test cases per operation and phase (default 25)
#   CHECK_API_MAX_TIME       seconds schemathesis spends in all (default 120): fuzzing and
#                            stateful testing repeat until this budget is used
#   CHECK_API_SEED           a seed, to repeat an earlier run's cases (its output names the seed)
#   CHECK_API_REPORT_DIR     when set, a JUnit report of the run is written there
#   CHECK_API_SCHEMA         test against this OpenAPI file instead of the document the server
#                            serves (to try an edited document without rebuilding the server)
set -euo pipefail

# Paths given in the environment are read from the folder the script was started in.
absolute() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$PWD" "$1" ;; esac; }
server=${ACCREDIT_SERVER:+$(absolute "$ACCREDIT_SERVER")}
schema_override=${CHECK_API_SCHEMA:+$(absolute "$CHECK_API_SCHEMA")}
report_dir=${CHECK_API_REPORT_DIR:+$(absolute "$CHECK_API_REPORT_DIR")}
cd "$(dirname "$0")/../.."
server=${server:-$PWD/.build/debug/accredit-server}
max_examples=${CHECK_API_MAX_EXAMPLES:-25}
max_time=${CHECK_API_MAX_TIME:-120}
package_folder=examples/ready-hjemmepleje

say() { printf 'check-api: %s\n' "$*"; }
fail() { printf 'check-api: %s\n' "$*" >&2; exit 1; }

[ -x "$server" ] || fail "no server at $server (build it with: swift build --product accredit-server)"
command -v curl >/dev/null || fail "curl is needed"
command -v python3 >/dev/null || fail "python3 is needed"

# schemathesis 4 (its command line and configuration differ from 3.x); this script was written
# against 4.32, whose --max-time repeats fuzzing and stateful testing until the budget is spent.
if ! python3 -c '
import sys, schemathesis
sys.exit(tuple(int(part) for part in schemathesis.__version__.split(".")[:2]) < (4, 32))' 2>/dev/null; then
  say "installing schemathesis"
  spec='schemathesis>=4.32,<5'
  # A Python that its distribution manages (PEP 668) refuses plain installs.
  python3 -m pip install --quiet "$spec" || python3 -m pip install --quiet --break-system-packages "$spec"
fi
schemathesis=(python3 -m schemathesis.cli)

# Everything of this run lives in one temporary folder: the server's data, its log, the package
# zip, the schemathesis configuration. Removed, with the server stopped, however the script ends.
work=$(mktemp -d "${TMPDIR:-/tmp}/check-api.XXXXXX")
server_pid=
cleanup() {
  local status=$? server_status=0
  if [ -n "$server_pid" ]; then
    if kill -0 "$server_pid" 2>/dev/null; then
      kill "$server_pid" 2>/dev/null || true
      # Give it five seconds to shut down cleanly, then end it.
      for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$server_pid" 2>/dev/null || true
      wait "$server_pid" 2>/dev/null || true
    else
      # It ended by itself before the test did: say how (a status over 128 is a signal).
      wait "$server_pid" 2>/dev/null || server_status=$?
      echo "check-api: the server had exited during the test, status $server_status" >&2
      [ "$status" -ne 0 ] || status=1
    fi
  fi
  if [ "$status" -ne 0 ] && [ -s "$work/server.log" ]; then
    echo "check-api: the server's log (last 40 lines):" >&2
    tail -n 40 "$work/server.log" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir "$work/data"

# An administrator; add-user prints the API token as the last line of its output.
token=$("$server" admin add-user ci-admin --role admin --data "$work/data" | tail -n 1)
[ -n "$token" ] || fail "accredit-server admin add-user printed no token"

# A free port on the loopback interface (the kernel picks one; a race with another program
# taking it before the server does is possible but unlikely).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base=http://127.0.0.1:$port

"$server" serve --data "$work/data" --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!

# Wait up to 60 s for /healthz (a debug build with a fresh database can take a while to start).
for attempt in $(seq 1 120); do
  if curl --silent --fail --max-time 2 "$base/healthz" >/dev/null 2>&1; then break; fi
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited before it answered /healthz"
  [ "$attempt" -lt 120 ] || fail "the server did not answer /healthz within 60 s"
  sleep 0.5
done
say "server up at $base"

# api METHOD PATH EXPECTED-STATUS [CURL OPTIONS...]: one authenticated request; its body is
# left in $work/response; fails unless the status is the expected one.
api() {
  local method=$1 path=$2 expected=$3 status
  shift 3
  status=$(curl --silent --show-error --max-time 60 --request "$method" \
    --header "Authorization: Bearer $token" --output "$work/response" --write-out '%{http_code}' \
    "$@" "$base$path")
  if [ "$status" != "$expected" ]; then
    fail "$method $path answered $status, expected $expected: $(head -c 500 "$work/response")"
  fi
}

# The objects the document's examples name: the concern level, a sector unit under it, and
# run 1, a ready package of that unit. Without them every example request would only see 404s.
api POST /api/v1/units 201 --header 'Content-Type: application/json' \
  --data '{"id": "lyngsoe-kommune", "name": "Lyngsø Kommune", "level": "concern", "parent": null}'
api POST /api/v1/units 201 --header 'Content-Type: application/json' \
  --data '{"id": "hjemmeplejen-nord", "name": "Hjemmeplejen Nord", "level": "sector", "parent": "lyngsoe-kommune"}'

# The package zip, built with Python's zipfile (no zip program needed), entries in a fixed
# order with manifest.xml at the root, as `cd FOLDER && zip -r` makes it.
python3 - "$package_folder" "$work/package.zip" <<'PYTHON'
import os, sys, zipfile
folder, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for directory, subfolders, files in os.walk(folder):
        subfolders.sort()
        for name in sorted(files):
            path = os.path.join(directory, name)
            archive.write(path, os.path.relpath(path, folder))
PYTHON
api POST '/api/v1/units/hjemmeplejen-nord/runs' 201 --header 'Content-Type: application/zip' \
  --data-binary "@$work/package.zip"
run_id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$work/response")
verdict=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["verdict"])' "$work/response")
say "uploaded $package_folder as run $run_id: $verdict"
[ "$verdict" = ready ] || fail "$package_folder should be ready, the server says $verdict"
api GET "/api/v1/runs/$run_id/report?format=json" 200

# The document the server serves is the one in the repository (copied into the build as a
# resource): a difference means a server built before the document was last changed.
schema_file=Sources/AccreditServer/Resources/openapi.json
# With CHECK_API_SCHEMA the served document is not used, and a problem with it is only reported.
curl --silent --show-error --max-time 30 --output "$work/served.json" "$base/api/v1/openapi.json" || true
if ! python3 - "$work/served.json" "$schema_file" <<'PYTHON'; then
import json, sys
try:
    served = json.load(open(sys.argv[1], encoding="utf-8"))
except ValueError as error:
    sys.exit(f"check-api: GET /api/v1/openapi.json answered no JSON: {error}")
if served != json.load(open(sys.argv[2], encoding="utf-8")):
    print(f"check-api: warning: the served document differs from {sys.argv[2]}; rebuild the server", file=sys.stderr)
PYTHON
  [ -n "$schema_override" ] || exit 1
fi

# What the schema cannot say, told to schemathesis per operation. Its positive-data check expects
# a well-formed request to be accepted, but two refusals depend on state, not on the request:
# - createUnit: a well-formed unit whose parent names no unit is refused with 400;
# - createRun: generated bytes are rarely a valid package, so they are stored as a run that
#   could not be evaluated and answered with 422.
# For the same reason schemathesis warns that these two operations "mostly rejected generated
# data" (validation_mismatch): expected, and a warning does not fail the run.
# No cache of failures in the repository (.schemathesis/): the run's output says all there is.
cat >"$work/schemathesis.toml" <<'TOML'
[cache]
enabled = false

[[operations]]
include-operation-id = "createUnit"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409"]

[[operations]]
include-operation-id = "createRun"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "404", "413", "422"]
TOML

# schemathesis has no serializer for application/zip bodies; this one sends the generated bytes
# as they are and, for well-formed cases of even length, the real package instead, so that
# uploads reach both answers: 201 (evaluated) and 422 (stored, could not be evaluated). The choice
# depends on the value alone, so a failure's reproduction shows the body that was sent.
cat >"$work/hooks.py" <<'PYTHON'
import json, os
import schemathesis

PACKAGE = open(os.environ["CHECK_API_PACKAGE"], "rb").read()

@schemathesis.serializer("application/zip")
def zip_body(ctx, value):
    # Generated binary strings arrive wrapped: the bytes are in `.data`.
    data = getattr(value, "data", None)
    if isinstance(data, (bytes, bytearray)):
        value = data
    elif isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    elif not isinstance(value, (bytes, bytearray)):
        value = json.dumps(value).encode()
    meta = getattr(ctx.case, "meta", None)
    if meta is not None and meta.generation.mode.is_positive and value and len(value) % 2 == 0:
        return PACKAGE
    return bytes(value)
PYTHON
export SCHEMATHESIS_HOOKS="$work/hooks.py" CHECK_API_PACKAGE="$work/package.zip"

# One worker: the server gets the other core, and several schemathesis workers can trip over a
# thread-safety fault of the test-case generator on some Python versions ("SystemError: AST
# constructor recursion depth mismatch").
options=(
  --checks all
  --max-examples "$max_examples"
  --max-time "$max_time"
  --workers 1
  --request-timeout 30
  --header "Authorization: Bearer $token"
  --no-color
)
[ -z "${CHECK_API_SEED:-}" ] || options+=(--seed "$CHECK_API_SEED")
[ -z "$report_dir" ] || options+=(--report junit --report-dir "$report_dir")

if [ -n "$schema_override" ]; then
  location=(--url "$base/" "$schema_override")
else
  location=("$base/api/v1/openapi.json")
fi
say "schemathesis $(python3 -c 'import schemathesis; print(schemathesis.__version__)'): at most $max_examples cases per operation and phase, $max_time s"
# A hard bound above schemathesis's own, in case a request hangs past it.
timeout --kill-after=10 $((max_time + 60)) \
  "${schemathesis[@]}" --config-file "$work/schemathesis.toml" run "${options[@]}" "$@" \
  "${location[@]}"
say "the server conforms to its OpenAPI document"
