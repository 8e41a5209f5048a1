#!/usr/bin/env bash
# Performance regression guard for CI: runs the quick benchmark sizes and fails when a ratio
# measured in this run exceeds its ceiling. Ratios, not absolute times, because CI machines
# are noisy and differ; each pair of commands is timed in the same run. Each ratio compares the
# fastest runs of its two commands, the ones least disturbed by other work on the machine: on a
# busy spell the means of a 20 ms command rose by half while the fastest runs barely moved.
#
# Ratios checked (ceilings in scripts/bench/budget.tsv, with the project's budget beside them):
#   check-10k   accredit check at N = 10,000 / xmllint --noout of the same manifest
#   growth      accredit check at N = 10,000 / at N = 1,000 (linear growth is ~10)
#   startup     accredit check of the smallest shipped example / accredit --version
#
# usage: scripts/bench/budget.sh            needs: hyperfine, xmllint, python3 (Debian packages)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench-out/budget
mkdir -p "$out"

swift build -c release --product accredit >/dev/null
accredit="$(swift build -c release --show-bin-path)/accredit"

for n in 1000 10000; do
  [ -f "bench-out/n$n/package/manifest.xml" ] || python3 scripts/bench/generate.py "$n" "bench-out/n$n"
done
check() { echo "$accredit check bench-out/n$1/package --rules bench-out/n$1/rules --format json -o $out/n$1.report.json"; }

# Each command once before timing, with its expected status (the synthetic packages are ready
# with remarks, so 0), and no report left from an earlier run; hyperfine then fails on any
# other status too.
rm -f "$out"/*.report.json
expect() {
  local want=$1; shift
  local status=0
  "$@" >/dev/null 2>&1 || status=$?
  [ "$status" -eq "$want" ] || { echo "budget: '$*' exited $status, expected $want" >&2; exit 1; }
}
expect 0 $(check 10000)
expect 0 $(check 1000)
expect 0 "$accredit" check examples/ready-hjemmepleje --format json -o "$out/startup.report.json"

hyperfine -N --warmup 1 --runs 10 --export-json "$out/check.json" \
  "xmllint --noout bench-out/n10000/package/manifest.xml" "$(check 10000)" "$(check 1000)" >/dev/null
hyperfine -N -i --warmup 3 --runs 30 --export-json "$out/startup.json" \
  "$accredit --version" "$accredit check examples/ready-hjemmepleje --format json -o $out/startup.report.json" >/dev/null
for file in n10000.report.json n1000.report.json startup.report.json; do
  [ -s "$out/$file" ] || { echo "accredit wrote no report $file" >&2; exit 1; }
done

python3 - "$out" scripts/bench/budget.tsv <<'PY'
import json, sys
out, table = sys.argv[1], sys.argv[2]
check = [r["min"] for r in json.load(open(f"{out}/check.json"))["results"]]
startup = [r["min"] for r in json.load(open(f"{out}/startup.json"))["results"]]
measured = {"check-10k": check[1] / check[0], "growth": check[1] / check[2], "startup": startup[1] / startup[0]}
failed = False
print(f"{'ratio':<10} {'measured':>9} {'ceiling':>8} {'budget':>7}")
for line in open(table):
    if not line.strip() or line.startswith("#"):
        continue
    name, ceiling, budget = line.split()[:3]
    value = measured[name]
    verdict = "ok" if value <= float(ceiling) else "REGRESSION"
    note = "" if value <= float(budget) else "  (over the project budget)"
    print(f"{name:<10} {value:>8.2f}x {float(ceiling):>7.2f}x {float(budget):>6.2f}x  {verdict}{note}")
    failed |= verdict != "ok"
sys.exit(1 if failed else 0)
PY
