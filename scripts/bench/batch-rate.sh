#!/usr/bin/env bash
# Batch rate: packages per second of one `accredit check FOLDER` over a folder of COUNT realistic
# packages, against running `accredit check PACKAGE` once per package over the same packages,
# one after another (a shell loop) and as many at a time as there are cores (xargs -P). The
# packages are copies of the shipped examples that can be evaluated (the broken ones are left
# out), taken round-robin, so the folder mixes ready and not-ready units of every standard.
# Each copy holds the manifest and its evidence only. The one-by-one runs cover at most
# LOOP_MAX packages (default 1,000; the first ones, in the same round-robin mix) and are scaled
# up to COUNT when that is fewer; the table says so.
#
# usage: scripts/bench/batch-rate.sh [COUNT] [BINARY]   (default 1000, the release build)
# needs: hyperfine, python3 (Debian packages); about two minutes on two cores for COUNT = 1000
set -euo pipefail
binary=${2:-}
[ -z "$binary" ] || binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
cd "$(dirname "$0")/../.."
count=${1:-1000}
loop_max=${LOOP_MAX:-1000}
cores=$(nproc)
out=bench-out/batch-rate
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "batch-rate: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

if [ -n "$binary" ]; then
  accredit=$binary
else
  swift build -c release --product accredit >/dev/null
  accredit="$(swift build -c release --show-bin-path)/accredit"
fi
rules=(--rules Standards --rules Rules)

# The shipped examples that can be evaluated: exit 0 (ready) or 1 (not ready), never 2.
examples=()
while IFS= read -r manifest; do
  dir=$(dirname "$manifest")
  status=0
  "$accredit" check "$dir" "${rules[@]}" >/dev/null 2>&1 || status=$?
  if [ "$status" -le 1 ]; then examples+=("$dir"); else echo "batch-rate: leaving out $dir (exit $status)" >&2; fi
done < <(find examples -name manifest.xml -not -path '*/expected/*' | sort)
[ ${#examples[@]} -gt 0 ] || { echo "batch-rate: no example can be evaluated" >&2; exit 1; }

# COUNT copies, round-robin, each named after its number and its example.
folder="$out/c$count"
if [ "$(find "$folder" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$folder"
  mkdir -p "$folder"
  for i in $(seq 0 $((count - 1))); do
    example=${examples[$((i % ${#examples[@]}))]}
    target="$folder/$(printf '%05d' "$i")-$(basename "$example")"
    mkdir -p "$target"
    cp "$example/manifest.xml" "$target/"
    [ ! -d "$example/evidence" ] || cp -r "$example/evidence" "$target/"
  done
fi
loop=$((count < loop_max ? count : loop_max))
find "$folder" -mindepth 1 -maxdepth 1 -type d | sort | head -n "$loop" >"$out/packages.txt"

# The one-by-one runs as scripts, so that hyperfine starts them without a shell of its own.
# Exit 1 (not ready) is expected for some packages; the loop fails, and so hyperfine, on any other.
cat >"$out/loop.sh" <<EOF
#!/usr/bin/env bash
failed=0
while IFS= read -r package; do
  "$accredit" check "\$package" ${rules[*]} >/dev/null 2>&1 || [ \$? -eq 1 ] || failed=1
done <"$out/packages.txt"
exit \$failed
EOF
cat >"$out/parallel.sh" <<EOF
#!/usr/bin/env bash
xargs -P $cores -n 1 "$accredit" check ${rules[*]} <"$out/packages.txt" >/dev/null 2>&1 || true
EOF

# Once before timing: the batch must end with 0 or 1 (some packages are not ready), never 2.
status=0
"$accredit" check "$folder" "${rules[@]}" --quiet >"$out/summary.txt" 2>&1 || status=$?
[ "$status" -le 1 ] || { echo "batch-rate: the batch run exited $status" >&2; tail -5 "$out/summary.txt" >&2; exit 1; }

hyperfine -N -i --warmup 1 --runs 5 --export-json "$out/batch.json" \
  "$accredit check $folder ${rules[*]} --quiet" >/dev/null
hyperfine -N --warmup 1 --runs 3 --export-json "$out/one-by-one.json" \
  "bash $out/loop.sh" "bash $out/parallel.sh" >/dev/null

python3 - "$out" "$count" "$loop" "$cores" "${#examples[@]}" <<'PY'
import json, sys
out, count, loop, cores, kinds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
batch = json.load(open(f"{out}/batch.json"))["results"][0]
single = json.load(open(f"{out}/one-by-one.json"))["results"]
scale = count / loop
rows = [("one `accredit check FOLDER` (batch)", batch["mean"], batch["stddev"] or 0, 1)]
rows.append(("`accredit check PACKAGE` per package, one after another", single[0]["mean"] * scale,
             (single[0]["stddev"] or 0) * scale, scale))
rows.append((f"`accredit check PACKAGE` per package, {cores} at a time (xargs -P)", single[1]["mean"] * scale,
             (single[1]["stddev"] or 0) * scale, scale))
print(f"{count:,} packages: copies of {kinds} shipped examples, round-robin; {cores} cores; mean of hyperfine runs")
print("| mode | packages | wall time | packages per second | time / batch |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, mean, sd, factor in rows:
    timed = f"{count:,}" if factor == 1 else f"{count:,} (timed on {loop:,}, scaled)"
    print(f"| {name} | {timed} | {mean:.2f} s ± {sd:.2f} | {count / mean:,.0f} | {mean / rows[0][1]:.1f}x |")
PY
