#!/usr/bin/env bash
# The CI reports read by the programs that read them, not only by their schemas:
#   SARIF by sarif-tools (`sarif summary`, `sarif ls`, `sarif csv`),
#   JUnit by junitparser (names, class names, file attributes, counts),
#   Markdown by markdown-it-py (8,000 requirements within GitHub's 65,536 characters),
#   Code Quality by a JSON schema of the fields GitLab requires,
#   GitHub annotations by the limits GitHub applies,
# for a not-ready, a broken and a zip package, a batch, and `lint` and `test`.
# The Python packages come from PyPI into a virtual environment under .build/.
#
# usage: scripts/ci/check-ci-consumers.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.build/ci-consumers/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import sarif, junitparser, markdown_it, jsonschema' 2>/dev/null \
  || "$venv/bin/pip" install --quiet 'sarif-tools>=3,<4' 'junitparser>=3,<5' 'markdown-it-py>=3,<5' 'jsonschema>=4,<5'

swift build --product accredit >/dev/null
accredit="$(swift build --show-bin-path)/accredit"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Reports of a not-ready package, a broken one and a zip package, in both languages.
(cd examples/not-ready-sundhed && zip -qr "$out/unit.zip" manifest.xml evidence)
for lang in en da; do
  for package in examples/not-ready-sundhed examples/broken/malformed-xml examples/broken/unknown-standard "$out/unit.zip"; do
    name="$(basename "$package" .zip).$lang"
    "$accredit" check "$package" --lang "$lang" --report "sarif:$out/$name.sarif" --report "junit:$out/$name.junit.xml" \
      --report "markdown:$out/$name.md" --report "codeclimate:$out/$name.codeclimate.json" \
      --report "github:$out/$name.github.txt" >/dev/null 2>&1 || true
  done
done
# A batch in one document each, a broken member included.
"$accredit" check examples/ready-hjemmepleje examples/not-ready-sundhed examples/broken/malformed-xml --quiet \
  --format junit >"$out/batch.junit.xml" 2>/dev/null || true
"$accredit" check examples/ready-hjemmepleje examples/not-ready-sundhed examples/broken/malformed-xml --quiet \
  --format sarif >"$out/batch.sarif" 2>/dev/null || true
# Rule authors' reports.
"$accredit" lint --strict Standards Rules --report "sarif:$out/lint.sarif" --report "junit:$out/lint.junit.xml" >/dev/null
"$accredit" test Standards Rules --report "sarif:$out/test.sarif" --report "junit:$out/test.junit.xml" >/dev/null
# A synthetic package of 8,000 requirements for the Markdown size.
python3 scripts/bench/generate.py 8000 "$out/large" >/dev/null
"$accredit" check "$out/large/package" --rules "$out/large/rules" --format markdown >"$out/large.md" || true
"$accredit" check "$out/large/package" --rules "$out/large/rules" --format github >"$out/large.github.txt" || true

# sarif-tools reads every log, and its summary shows messages, not bare rule ids.
for log in "$out"/*.sarif; do
  "$venv/bin/sarif" summary "$log" >"$out/summary.txt"
  "$venv/bin/sarif" ls "$log" >/dev/null
done
"$venv/bin/sarif" csv -o "$out/not-ready.csv" "$out/not-ready-sundhed.en.sarif" >/dev/null
"$venv/bin/sarif" csv -o "$out/unit.csv" "$out/unit.en.sarif" >/dev/null

"$venv/bin/python" scripts/ci/check-ci-consumers.py "$out"
