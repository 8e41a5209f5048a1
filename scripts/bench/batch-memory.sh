#!/usr/bin/env bash
# Batch memory: peak resident memory of `accredit check FOLDER` over folders of 100 and 1,000
# copies of a shipped example (and the same with one large package among them). Outcomes are
# dropped once summarised, so memory should follow the largest package, not the batch size.
#
# usage: scripts/bench/batch-memory.sh     needs: GNU time (/usr/bin/time), python3
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product accredit >/dev/null
accredit="$(swift build -c release --show-bin-path)/accredit"
out=bench-out/batch
[ -f bench-out/n10000/package/manifest.xml ] || python3 scripts/bench/generate.py 10000 bench-out/n10000

printf '| batch | packages | peak RSS |\n| --- | ---: | ---: |\n'
for count in 100 1000; do
  for large in no yes; do
    dir="$out/b$count-$large"
    if [ ! -d "$dir" ]; then
      mkdir -p "$dir"
      for i in $(seq 1 "$count"); do cp -r examples/ready-hjemmepleje "$dir/unit$i"; done
      if [ "$large" = yes ]; then
        rm -rf "$dir/unit1" && cp -r bench-out/n10000/package "$dir/unit1"
      fi
    fi
    rules="--rules Standards --rules Rules"
    [ "$large" = yes ] && rules="$rules --rules bench-out/n10000/rules"
    # Exit 1 or 2 is expected when some packages are not ready.
    /usr/bin/time -f %M -o "$out/rss" "$accredit" check "$dir" $rules --quiet >/dev/null 2>&1 || true
    label="$count small"; [ "$large" = yes ] && label="$((count - 1)) small + one of N = 10,000"
    printf '| %s | %d | %d MB |\n' "$label" "$count" "$(( $(tail -1 "$out/rss") / 1024 ))"
  done
done
