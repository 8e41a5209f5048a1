#!/usr/bin/env bash
# Tests scripts/ci/accredit-ci.sh, the script behind the GitHub Action and the GitLab template,
# against the debug build of accredit (.build/debug/accredit, built if missing):
#   - a ready, a not-ready and a broken package end with exit status 0, 1 and 2;
#   - every run leaves a SARIF and a JUnit file, valid by scripts/ci/validate-reports.sh (the
#     official SARIF 2.1.0 schema, both revisions of the Jenkins xUnit junit-10.xsd); the broken
#     package's SARIF marks the invocation unsuccessful with accredit's message;
#   - the JUnit files parse with junitparser and hold the counts of the committed goldens, or one
#     test case in error for the broken package;
#   - the Markdown reports are appended to the step summary, never replacing what was there;
#   - --fail-on and usage errors behave as documented;
#   - without an accredit given or on PATH, it is built with `swift build -c release` (a stand-in
#     `swift` here), and a failed build still leaves valid reports, with exit status 2.
#
# usage: scripts/ci/test-accredit-ci.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x .build/debug/accredit ]; then
  swift build --product accredit >/dev/null
fi
export ACCREDIT_CI_BIN="$PWD/.build/debug/accredit"
# The runs below must not depend on the environment this test runs in.
unset ACCREDIT_CI_PACKAGE ACCREDIT_CI_RULES ACCREDIT_CI_LANG ACCREDIT_CI_AS_OF ACCREDIT_CI_FAIL_ON \
  ACCREDIT_CI_OUTPUT_DIR ACCREDIT_CI_SUMMARY ACCREDIT_CI_CONSOLE ACCREDIT_CI_SOURCE ACCREDIT_RULES \
  GITHUB_STEP_SUMMARY GITHUB_OUTPUT GITHUB_ACTIONS

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

summary="$out/step-summary.md"
printf '### An earlier step\n\nIts summary stays.\n' >"$summary"
cp "$summary" "$out/summary.before"

# run NAME PACKAGE EXPECTED-STATUS ACCREDIT-STATUS [EXTRA...]: runs the script with its reports
# in $out/NAME; it must exit with EXPECTED-STATUS and report accredit's as the step output.
run() {
  local name="$1" package="$2" expected="$3" accredit_status="$4" status=0
  shift 4
  GITHUB_OUTPUT="$out/$name.outputs" ACCREDIT_CI_SUMMARY="$summary" \
    bash scripts/ci/accredit-ci.sh --package "$package" --output-dir "$out/$name" --console none "$@" \
    >"$out/$name.stdout" 2>"$out/$name.stderr" || status=$?
  if [ "$status" -ne "$expected" ]; then
    fail "$name: exit status $status, expected $expected"; sed 's/^/  /' "$out/$name.stderr" >&2
  fi
  for file in accredit.sarif accredit.junit.xml accredit.md; do
    [ -s "$out/$name/$file" ] || fail "$name: $file missing or empty"
  done
  grep -qx "status=$accredit_status" "$out/$name.outputs" || fail "$name: no status=$accredit_status step output"
  grep -qx "sarif=$out/$name/accredit.sarif" "$out/$name.outputs" || fail "$name: no sarif step output"
}

previous=$(stat -c %s "$summary")
appended() { # NAME: the run appended its Markdown report to the summary and kept what was there
  local size
  size=$(stat -c %s "$summary")
  [ "$size" -gt "$previous" ] || fail "$1: the step summary did not grow"
  cmp -s -n "$(stat -c %s "$out/summary.before")" "$summary" "$out/summary.before" \
    || fail "$1: the step summary's earlier content was replaced"
  tail -c +$((previous + 1)) "$summary" | cmp -s - <(cat "$out/$1/accredit.md"; echo) \
    || fail "$1: the step summary did not get the Markdown report appended"
  previous=$size
}

run ready examples/ready-hjemmepleje 0 0
appended ready
run not-ready examples/not-ready-sundhed 1 1 --lang en
appended not-ready
run broken examples/broken/malformed-xml 2 2
appended broken
grep -q 'could not be evaluated' "$out/broken/accredit.md" || fail "broken: the Markdown report does not say why"
grep -q 'not well-formed XML' "$out/broken/accredit.md" || fail "broken: the Markdown report lacks accredit's message"

# The reports accredit itself wrote are the ones a direct run writes.
diff -q <(grep -v '"package"' "$out/ready/accredit.md") <(grep -v '"package"' examples/ready-hjemmepleje/expected/report.md) >/dev/null \
  || fail "ready: the Markdown report differs from examples/ready-hjemmepleje/expected/report.md"

# --fail-on: a not-ready package passes with error and never; a broken one fails with error.
run fail-on-error examples/not-ready-sundhed 0 1 --fail-on error
run fail-on-error-broken examples/broken/malformed-xml 2 2 --fail-on error
run fail-on-never examples/broken/malformed-xml 0 2 --fail-on never
# A usage error of accredit itself (a bad date) still leaves valid reports, with exit 64.
run bad-date examples/ready-hjemmepleje 64 64 --as-of 'March 1st'
# The script's own usage errors: exit 64, nothing run.
status=0
bash scripts/ci/accredit-ci.sh --output-dir "$out/none" >/dev/null 2>&1 || status=$?
[ "$status" -eq 64 ] || fail "no package: exit status $status, expected 64"
status=0
bash scripts/ci/accredit-ci.sh --package examples/ready-hjemmepleje --fail-on sometimes >/dev/null 2>&1 || status=$?
[ "$status" -eq 64 ] || fail "bad --fail-on: exit status $status, expected 64"
# Without a summary file (GitLab, a terminal) the run works and appends nothing anywhere.
status=0
bash scripts/ci/accredit-ci.sh examples/ready-hjemmepleje --output-dir "$out/plain" --console text >"$out/plain.stdout" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "plain: exit status $status, expected 0"
grep -q 'READY' "$out/plain.stdout" || fail "plain: no text report on standard output"

# Without an accredit given or on PATH, the script builds one from its repository with
# `swift build -c release`; a stand-in `swift` records the calls and hands over the debug build.
stub="$out/stub-bin"
mkdir -p "$stub" "$out/stub-release"
ln -s "$ACCREDIT_CI_BIN" "$out/stub-release/accredit"
cat >"$stub/swift" <<STUB
#!/usr/bin/env bash
echo "\$PWD: swift \$*" >>"$out/swift-calls"
case "\$*" in
  "build -c release --product accredit") [ -z "\${STUB_FAIL:-}" ] ;;
  "build -c release --show-bin-path") echo "$out/stub-release" ;;
  *) exit 64 ;;
esac
STUB
chmod +x "$stub/swift"
path_without_accredit="$stub:$(printf '%s' "$PATH" | tr ':' '\n' | while read -r dir; do
  [ -x "$dir/accredit" ] || printf '%s:' "$dir"; done)"
status=0
PATH="$path_without_accredit" ACCREDIT_CI_BIN="" bash scripts/ci/accredit-ci.sh examples/ready-hjemmepleje \
  --output-dir "$out/built" --console none --source "$PWD" >/dev/null 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "built: exit status $status, expected 0"
grep -qx "$PWD: swift build -c release --product accredit" "$out/swift-calls" 2>/dev/null \
  || fail "built: accredit was not built with swift build -c release in the repository"
[ -s "$out/built/accredit.sarif" ] || fail "built: no SARIF"
status=0
PATH="$path_without_accredit" ACCREDIT_CI_BIN="" STUB_FAIL=1 bash scripts/ci/accredit-ci.sh examples/ready-hjemmepleje \
  --output-dir "$out/build-failed" --console none --source "$PWD" >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "build-failed: exit status $status, expected 2"
grep -q 'could not build accredit' "$out/build-failed/accredit.sarif" || fail "build-failed: the SARIF does not say why"

# Every SARIF and JUnit file against the published schemas, with the validators CI already uses.
# The reports accredit wrote come first: validate-reports.sh breaks the first of each on purpose
# to check that the validators reject it.
sarifs=("$out"/ready/accredit.sarif "$out"/not-ready/accredit.sarif) junits=("$out"/ready/accredit.junit.xml)
for name in broken bad-date fail-on-error fail-on-error-broken fail-on-never plain built build-failed; do
  sarifs+=("$out/$name/accredit.sarif") junits+=("$out/$name/accredit.junit.xml")
done
junits+=("$out"/not-ready/accredit.junit.xml)
bash scripts/ci/validate-reports.sh "${sarifs[@]}" "${junits[@]}" || fail "validate-reports.sh rejected a report"

venv="${ACCREDIT_SCHEMA_CACHE:-.build/ci-schemas}/venv"
"$venv/bin/python" -c 'import junitparser, jsonschema' 2>/dev/null \
  || "$venv/bin/pip" install --quiet junitparser jsonschema

"$venv/bin/python" - "$out" <<'EOF' || fail "the SARIF or JUnit contents are not as expected"
import json, sys
from junitparser import JUnitXml, Error

out = sys.argv[1]
problems = []

def totals(path):
    xml = JUnitXml.fromfile(path)
    suites = [xml] if xml._tag == "testsuite" else list(xml)
    cases = [case for suite in suites for case in suite]
    errors = sum(1 for case in cases for r in case.result if isinstance(r, Error))
    failures = sum(1 for case in cases for r in case.result if r._tag == "failure")
    skipped = sum(1 for case in cases for r in case.result if r._tag == "skipped")
    return {"tests": len(cases), "failures": failures, "errors": errors, "skipped": skipped}, cases

for name, golden in [("ready", "examples/ready-hjemmepleje"), ("not-ready", "examples/not-ready-sundhed")]:
    got, _ = totals(f"{out}/{name}/accredit.junit.xml")
    want, _ = totals(f"{golden}/expected/report.junit.xml")
    if got != want:
        problems.append(f"{name}: JUnit counts {got}, the golden has {want}")
    if name == "ready" and (got["failures"] or got["errors"] or not got["tests"]):
        problems.append(f"ready: JUnit counts {got}")
    if name == "not-ready" and not got["failures"]:
        problems.append(f"not-ready: no failing test case in {got}")
    log = json.load(open(f"{out}/{name}/accredit.sarif", encoding="utf-8"))
    for invocation in log["runs"][0].get("invocations", []):
        if not invocation.get("executionSuccessful", True):
            problems.append(f"{name}: the SARIF invocation is marked unsuccessful")
    results = log["runs"][0]["results"]
    if (name == "ready") != (not results):
        problems.append(f"{name}: {len(results)} SARIF results")

for name, status in [("broken", 2), ("bad-date", 64), ("fail-on-never", 2)]:
    got, cases = totals(f"{out}/{name}/accredit.junit.xml")
    if got != {"tests": 1, "failures": 0, "errors": 1, "skipped": 0}:
        problems.append(f"{name}: JUnit counts {got}, expected one test case in error")
    else:
        error = next(r for r in cases[0].result if isinstance(r, Error))
        expected = "not well-formed XML" if name != "bad-date" else "YYYY-MM-DD"
        # accredit writes the report of a package it cannot evaluate itself (typed by the kind
        # of problem); the script writes one only when accredit wrote none (a usage error).
        kind = "malformed" if name != "bad-date" else f"exit-status-{status}"
        if expected not in (error.text or "") or error.type != kind:
            problems.append(f"{name}: JUnit error {error.type!r} {error.message!r}")
    log = json.load(open(f"{out}/{name}/accredit.sarif", encoding="utf-8"))
    invocation = log["runs"][0]["invocations"][0]
    text = invocation["toolExecutionNotifications"][0]["message"]["text"]
    if invocation["executionSuccessful"] is not False or invocation["exitCode"] != status:
        problems.append(f"{name}: SARIF invocation {invocation}")
    if expected not in text:
        problems.append(f"{name}: SARIF message {text!r}")
    if name == "broken":
        place = invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
        uri = {"uri": "examples/broken/malformed-xml/manifest.xml", "uriBaseId": "%SRCROOT%"}
        if place != {"artifactLocation": uri, "region": {"startLine": 12}}:
            problems.append(f"broken: SARIF location {place}")

for problem in problems:
    print(problem)
print(f"SARIF and JUnit contents: {'as expected' if not problems else 'NOT as expected'}")
sys.exit(1 if problems else 0)
EOF

if [ "$failures" -gt 0 ]; then
  echo "test-accredit-ci.sh: $failures failure(s)" >&2
  exit 1
fi
echo "accredit-ci.sh: exit statuses, reports, step summary and options as documented"
