#!/usr/bin/env bash
# Instructions executed by `accredit check` on the synthetic package, counted by valgrind's
# callgrind, for one or more binaries, with the main phases. Unlike wall time this does not
# depend on what else the machine is doing, so it can compare binaries on a busy machine; it
# does not see cache misses, page faults or how well the work spreads over the cores, so
# confirm a result with scripts/bench/compare.sh on a quiet machine.
#
# usage: scripts/bench/instructions.sh BINARY... [-- N]   (default N 10000)
# needs: valgrind (Debian), python3; takes about a minute per binary at N = 10,000
set -euo pipefail
cd "$(dirname "$0")/../.."
binaries=()
n=10000
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then n=${2:-10000}; break; fi
  binaries+=("$1"); shift
done
dir=bench-out/n$n
[ -f "$dir/package/manifest.xml" ] || python3 scripts/bench/generate.py "$n" "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '| binary | instructions | rule files | package | evaluation | JSON report | of it fingerprints |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for binary in "${binaries[@]}"; do
  # valgrind cannot read the DWARF of Swift binaries; the symbol table is enough.
  strip --strip-debug -o "$work/accredit" "$binary"
  # Under valgrind a check runs about fifty times slower: lift the deadline where there is one.
  extra=()
  if "$binary" check --help 2>/dev/null | grep -q -- '--timeout'; then extra=(--timeout 3600); fi
  valgrind --tool=callgrind --callgrind-out-file="$work/out" "$work/accredit" check "$dir/package" \
    --rules "$dir/rules" --format json -o "$work/report.json" "${extra[@]}" >/dev/null 2>&1
  callgrind_annotate --inclusive=yes "$work/out" 2>/dev/null | python3 -c '
import re, sys
phases = {
    "total": r"PROGRAM TOTALS",
    "rules": r"CatalogueLoaderV4load",
    "package": r"PackageLoaderV4load_11displayedAs\w*ErrorsVYKF \[",
    "evaluation": r"RequirementBatchV8evaluate_4asOf\w*LimitsVSitF \[",
    "json": r"JSONReportV17writeRequirements\w*ArraySlice",
    "fingerprints": r"FindingFingerprintV3all\w*GtFZ \[",
}
found = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) ", line)
    if not m: continue
    for name, pattern in phases.items():
        if name not in found and re.search(pattern, line):
            found[name] = int(m.group(1).replace(",", ""))
def mi(name):
    return f"{found[name] / 1e6:,.0f} M" if name in found else "–"
cells = [mi(name) for name in phases]
print("| " + " | ".join([sys.argv[1]] + cells) + " |")
' "$(basename "$binary")"
done
