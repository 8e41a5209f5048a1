#!/usr/bin/env bash
# Whole-command benchmark: `accredit check` against `xmllint --noout` (plain libxml2 parsing of
# the same manifest, the floor) on generated packages, measured in the same run so the ratio
# holds on a noisy machine. Prints a Markdown table; raw hyperfine JSON goes to bench-out/.
#
# usage: scripts/bench/run.sh [SIZES...]     (default: 1000 10000 100000)
# needs: hyperfine, xmllint (libxml2-utils), GNU time (/usr/bin/time), python3
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
out=bench-out
mkdir -p "$out"

swift build -c release --product accredit >/dev/null
accredit="$(swift build -c release --show-bin-path)/accredit"

printf '| N | manifest | xmllint --noout | accredit check | ratio | accredit peak RSS | xmllint peak RSS |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for n in "${sizes[@]}"; do
  dir="$out/n$n"
  [ -f "$dir/package/manifest.xml" ] || python3 scripts/bench/generate.py "$n" "$dir"
  manifest="$dir/package/manifest.xml"
  runs=10; [ "$n" -ge 100000 ] && runs=3
  rm -f "$out/n$n.report.json"
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/n$n.json" \
    "xmllint --noout $manifest" \
    "$accredit check $dir/package --rules $dir/rules --format json -o $out/n$n.report.json" >/dev/null
  # The synthetic package is ready with remarks (exit 0), so hyperfine stops on any failure.
  /usr/bin/time -f %M -o "$out/n$n.rss-accredit" "$accredit" check "$dir/package" --rules "$dir/rules" \
    --format json -o /dev/null >/dev/null 2>&1 || true
  /usr/bin/time -f %M -o "$out/n$n.rss-xmllint" xmllint --noout "$manifest"
  rss_accredit=$(tail -1 "$out/n$n.rss-accredit")
  rss_xmllint=$(tail -1 "$out/n$n.rss-xmllint")
  python3 - "$out/n$n.json" "$n" "$manifest" "$rss_accredit" "$rss_xmllint" <<'PY'
import json, os, sys
data = json.load(open(sys.argv[1]))["results"]
floor, tool = data[0]["mean"], data[1]["mean"]
size = os.path.getsize(sys.argv[3]) / 1e6
print(f"| {int(sys.argv[2]):,} | {size:.1f} MB | {floor*1000:.0f} ms | {tool*1000:.0f} ms | {tool/floor:.2f}x "
      f"| {int(sys.argv[4])/1024:.0f} MB | {int(sys.argv[5])/1024:.0f} MB |")
PY
done
