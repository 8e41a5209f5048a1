#!/usr/bin/env bash
# Opens the spreadsheet reports as quality coordinators do: every example's CSV (Danish: Excel's
# dialect, read with Python's csv module as Danish Excel splits it, and opened in LibreOffice Calc
# with Danish settings; English: RFC 4180) and xlsx report (read with openpyxl), each against the
# JSON report of the same check. Driven by scripts/ci/check-spreadsheets.py.
#
# usage: scripts/ci/check-spreadsheets.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEBIAN_FRONTEND=noninteractive
if ! command -v soffice >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl

swift build --product accredit --quiet
accredit="$(swift build --show-bin-path)/accredit"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

bases=()
for package in $(find examples -name manifest.xml -exec dirname {} \; | sort); do
  base="$out/$(echo "$package" | tr / _)"
  # Exit 1 (not ready) is expected for some examples; one that cannot be evaluated is left out.
  "$accredit" check "$package" --lang da --report "csv:$base.csv" --report "xlsx:$base.xlsx" \
    --report "json:$base.json" >/dev/null 2>&1 || true
  "$accredit" check "$package" --lang en --report "csv:$base.en.csv" >/dev/null 2>&1 || true
  [ -s "$base.xlsx" ] && [ -s "$base.json" ] && bases+=("$base")
done
[ ${#bases[@]} -ge 3 ] || { echo "error: only ${#bases[@]} examples gave spreadsheet reports" >&2; exit 1; }
python3 scripts/ci/check-spreadsheets.py --libreoffice "${bases[@]}"

# Negative control: a comma-separated file without a byte-order mark (what accredit wrote before
# the Excel dialect) must fail the Danish check.
control="$out/control"
"$accredit" check examples/overlap-sundhed --lang da --report "csv-rfc4180:$control.csv" --report "xlsx:$control.xlsx" \
  --report "json:$control.json" >/dev/null 2>&1 || true
"$accredit" check examples/overlap-sundhed --lang en --report "csv:$control.en.csv" >/dev/null 2>&1 || true
if python3 scripts/ci/check-spreadsheets.py "$control" >/dev/null 2>&1; then
  echo "error: the checker accepted a comma-separated CSV without a byte-order mark" >&2
  exit 1
fi
echo "spreadsheet reports: ${#bases[@]} examples read back in Python's csv module, LibreOffice Calc and openpyxl"
