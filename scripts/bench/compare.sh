#!/usr/bin/env bash
# Interleaved comparison of two accredit binaries against the floor (`xmllint --noout` on the
# same manifest): each round runs the three commands one after another, so a busy spell slows
# all three alike instead of one of them. Prints the fastest and the median wall time of each,
# and each binary's ratio to the floor. Use it to show a change is no slower than the binary
# before it.
#
# usage: scripts/bench/compare.sh OLD_BINARY NEW_BINARY [N] [ROUNDS]   (default N 10000, 21 rounds)
# needs: xmllint (libxml2-utils), python3
set -euo pipefail
cd "$(dirname "$0")/../.."
old=$1 new=$2 n=${3:-10000} rounds=${4:-21}
dir=bench-out/n$n
[ -f "$dir/package/manifest.xml" ] || python3 scripts/bench/generate.py "$n" "$dir"
manifest=$dir/package/manifest.xml
times=$(mktemp)
trap 'rm -f "$times"' EXIT

run() {  # name, command...: appends "name seconds" to $times
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "compare: '$*' failed" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$name $(( end - start ))" >>"$times"
}
for binary in "$old" "$new"; do  # warm the page cache and check both run
  "$binary" check "$dir/package" --rules "$dir/rules" --format json -o /dev/null >/dev/null
done
for _ in $(seq "$rounds"); do
  run xmllint xmllint --noout "$manifest"
  run old "$old" check "$dir/package" --rules "$dir/rules" --format json -o /dev/null
  run new "$new" check "$dir/package" --rules "$dir/rules" --format json -o /dev/null
done
python3 - "$times" "$n" "$rounds" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, ns = line.split()
    runs.setdefault(name, []).append(int(ns) / 1e6)
floor_min, floor_med = min(runs["xmllint"]), statistics.median(runs["xmllint"])
print(f"N = {int(sys.argv[2]):,}, {sys.argv[3]} interleaved rounds")
print("| command | fastest | median | fastest / xmllint | median / xmllint |")
print("| --- | ---: | ---: | ---: | ---: |")
for name in ("xmllint", "old", "new"):
    lo, med = min(runs[name]), statistics.median(runs[name])
    print(f"| {name} | {lo:.0f} ms | {med:.0f} ms | {lo / floor_min:.2f}x | {med / floor_med:.2f}x |")
print(f"new / old: fastest {min(runs['new']) / min(runs['old']):.3f}, median "
      f"{statistics.median(runs['new']) / statistics.median(runs['old']):.3f}")
PY
