#!/usr/bin/env bash
# The HTML report on paper and behind a strict Content-Security-Policy, in headless Chromium
# (scripts/ci/check-html-paper.py): the overlap example (the longest) must print on at most six
# A4 pages in each language, and every example's report must read well when served with the
# policy Jenkins serves archived HTML with (no style sheet, no script).
#
# usage: scripts/ci/check-html-paper.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEBIAN_FRONTEND=noninteractive
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

swift build --product accredit --quiet
accredit="$(swift build --show-bin-path)/accredit"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

for lang in en da; do
  "$accredit" check examples/overlap-sundhed --lang "$lang" --report "html:$out/overlap.$lang.html" >/dev/null 2>&1 || true
done
python3 scripts/ci/check-html-paper.py --max-pages 6 "$out/overlap.en.html" "$out/overlap.da.html"

reports=()
for package in $(find examples -name manifest.xml -exec dirname {} \; | sort); do
  name="$(echo "$package" | tr / _)"
  "$accredit" check "$package" --lang da --report "html:$out/$name.html" >/dev/null 2>&1 || true
  # A package that could not be evaluated gets a page saying why, with no requirement table.
  grep -q 'id="reqs"' "$out/$name.html" 2>/dev/null && reports+=("$out/$name.html")
done
python3 scripts/ci/check-html-paper.py --no-print "${reports[@]}"

# Negative control: a report whose filters show without the script that drives them must fail.
sed 's/id="controls" hidden/id="controls"/' "$out/overlap.da.html" >"$out/control.html"
if python3 scripts/ci/check-html-paper.py --no-print "$out/control.html" >/dev/null 2>&1; then
  echo "error: the strict-CSP check accepted filter controls shown without their script" >&2
  exit 1
fi
echo "HTML report: prints within 6 A4 pages and reads well under a strict CSP"
