#!/usr/bin/env bash
# Tests the HTML report in a real browser: Chromium from Debian's packages, headless, driven by
# scripts/ci/check-html.py. Every example's HTML report (English and Danish) and a generated
# package of 1,000 requirements must load with no console errors and no network requests, show
# the verdict and counts of the JSON report, filter and search, and print to PDF. The HTML size
# must grow linearly (100 → 1,000 requirements). The first report's screenshot is written to
# docs/report-screenshot.png.
#
# usage: scripts/ci/check-html.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
command -v python3 >/dev/null || { apt-get install -y -qq python3 >/dev/null; }

swift build --product accredit --quiet
accredit="$(swift build --show-bin-path)/accredit"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

reports=()
for package in examples/overlap-sundhed $(find examples -name manifest.xml -exec dirname {} \; | sort | grep -v '^examples/overlap-sundhed$'); do
  name="$(echo "$package" | tr / _)"
  for lang in en da; do
    # Exit 1 (not ready) and 2 (cannot evaluate) are expected for some examples; a package that
    # could not be evaluated gets a report saying why, checked for naming every error.
    "$accredit" check "$package" --lang "$lang" \
      --report "html:$out/$name.$lang.html" --report "json:$out/$name.$lang.json" >/dev/null 2>&1 || true
    [ -s "$out/$name.$lang.html" ] && reports+=("$out/$name.$lang.html")
  done
done

# Readable at 1,000 requirements, and the size grows linearly.
for n in 100 1000; do
  python3 scripts/bench/generate.py "$n" "$out/bench-$n" >/dev/null
  "$accredit" check "$out/bench-$n/package" --rules "$out/bench-$n/rules" --lang en \
    --report "html:$out/bench-$n.html" --report "json:$out/bench-$n.json" >/dev/null 2>&1 || true
done
reports+=("$out/bench-1000.html")
small=$(stat -c %s "$out/bench-100.html")
large=$(stat -c %s "$out/bench-1000.html")
echo "HTML size: $small bytes at 100 requirements, $large bytes at 1,000 (ratio $((large * 100 / small))/100)"
if [ $((large * 100)) -gt $((small * 1100)) ]; then
  echo "error: the HTML report grows faster than linearly" >&2
  exit 1
fi

python3 scripts/ci/check-html.py --screenshot docs/report-screenshot.png "${reports[@]}"
echo "screenshot: docs/report-screenshot.png"

# Negative controls: the checker must fail a page that logs an error and reaches for the network,
# and one whose counts disagree with the JSON report.
first="${reports[0]}"
cp "${first%.html}.json" "$out/noisy.json"
sed 's|</body>|<script>console.error("broken on purpose")</script><img src="http://127.0.0.1:9/x.png"></body>|' "$first" >"$out/noisy.html"
cp "${first%.html}.json" "$out/miscounted.json"
sed '0,/<span class="n">\([0-9]*\)</s//<span class="n">9\1</' "$first" >"$out/miscounted.html"
for broken in noisy miscounted; do
  if python3 scripts/ci/check-html.py "$out/$broken.html" >"$out/$broken.log" 2>&1; then
    echo "error: the checker accepted $broken.html" >&2
    exit 1
  fi
done
echo "checker rejects broken pages: yes"
