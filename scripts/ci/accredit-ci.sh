#!/usr/bin/env bash
# Checks one evaluation package in a CI job and leaves its reports where CI looks for them. The
# GitHub Action (action.yml) and the GitLab CI template (ci/gitlab/accredit.gitlab-ci.yml) both
# run this script; it can be run by hand or from any other CI system too.
#
# usage: scripts/ci/accredit-ci.sh [OPTION...] [PACKAGE]
#
# Every option can also be given as an environment variable; a flag wins over the variable.
#
#   PACKAGE, --package PATH   ACCREDIT_CI_PACKAGE    package folder (holding manifest.xml) or zip
#                                                    file; required
#   --rules DIRS              ACCREDIT_CI_RULES      folders or files of standard and rule files,
#                                                    separated by newlines or colons, each passed
#                                                    as --rules; default: accredit's own defaults
#                                                    ($ACCREDIT_RULES, else the shipped rules)
#   --lang da|en              ACCREDIT_CI_LANG       language of the reports; default en
#   --as-of YYYY-MM-DD        ACCREDIT_CI_AS_OF      judge the package at this date instead of its
#                                                    own assessment date
#   --fail-on WHAT            ACCREDIT_CI_FAIL_ON    not-ready (default): exit with accredit's
#                                                    status (0 ready, 1 not ready, 2 could not
#                                                    evaluate, 64 usage); error: a not-ready
#                                                    package exits 0, only 2 and 64 fail;
#                                                    never: always exit 0
#   --output-dir DIR          ACCREDIT_CI_OUTPUT_DIR where the reports go; default
#                                                    accredit-reports. Written there, always:
#                                                    accredit.sarif, accredit.junit.xml,
#                                                    accredit.md, accredit.stderr.txt
#   --summary FILE            ACCREDIT_CI_SUMMARY    a file the Markdown report is appended to;
#                                                    default $GITHUB_STEP_SUMMARY (if set)
#   --console FORMAT          ACCREDIT_CI_CONSOLE    report on standard output: github
#                                                    (annotations; the default when
#                                                    GITHUB_ACTIONS=true), text (else), or none
#   --accredit PATH           ACCREDIT_CI_BIN        the accredit executable to run; default:
#                                                    `accredit` on PATH, else built from
#                                                    ACCREDIT_CI_SOURCE
#   --source DIR              ACCREDIT_CI_SOURCE     the accredit repository to build with
#                                                    `swift build -c release`; default: the one
#                                                    holding this script
#
# Whatever happens, the SARIF and the JUnit file exist afterwards and are valid, so upload steps
# never fail with "file not found": when accredit wrote none (a package that cannot be evaluated,
# a usage error), the script writes a SARIF log whose invocation is marked unsuccessful with
# accredit's error message, and a JUnit file with one test case in error. On GitHub it also sets
# the step outputs sarif, junit, markdown and status.
#
# Exit status: accredit's (see --fail-on); 64 when this script is used wrongly.
set -uo pipefail
# In bash 5.2 and later, "&" in a ${var//pattern/replacement} would stand for the match.
shopt -u patsub_replacement 2>/dev/null || true

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

package="${ACCREDIT_CI_PACKAGE:-}"
rules="${ACCREDIT_CI_RULES:-}"
lang="${ACCREDIT_CI_LANG:-en}"
as_of="${ACCREDIT_CI_AS_OF:-}"
fail_on="${ACCREDIT_CI_FAIL_ON:-not-ready}"
output_dir="${ACCREDIT_CI_OUTPUT_DIR:-accredit-reports}"
summary="${ACCREDIT_CI_SUMMARY:-${GITHUB_STEP_SUMMARY:-}}"
console="${ACCREDIT_CI_CONSOLE:-}"
accredit="${ACCREDIT_CI_BIN:-}"
source_dir="${ACCREDIT_CI_SOURCE:-$here/../..}"

usage() {
  echo "accredit-ci.sh: $1" >&2
  echo "usage: accredit-ci.sh [--package PATH] [--rules DIRS] [--lang da|en] [--as-of DATE] [--fail-on not-ready|error|never]" >&2
  echo "       [--output-dir DIR] [--summary FILE] [--console github|text|none] [--accredit PATH] [--source DIR] [PACKAGE]" >&2
  exit 64
}

while [ $# -gt 0 ]; do
  case "$1" in
    --package|--rules|--lang|--as-of|--fail-on|--output-dir|--summary|--console|--accredit|--source)
      [ $# -ge 2 ] || usage "$1 needs a value"
      case "$1" in
        --package) package="$2" ;;
        --rules) rules="$2" ;;
        --lang) lang="$2" ;;
        --as-of) as_of="$2" ;;
        --fail-on) fail_on="$2" ;;
        --output-dir) output_dir="$2" ;;
        --summary) summary="$2" ;;
        --console) console="$2" ;;
        --accredit) accredit="$2" ;;
        --source) source_dir="$2" ;;
      esac
      shift 2 ;;
    -h|--help) sed -n '2,/^set /{/^#/{s/^# \{0,1\}//;p;};}' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) usage "unknown option $1" ;;
    *) [ -z "$package" ] || [ "$package" = "$1" ] || usage "one package at a time ($package, $1)"
       package="$1"; shift ;;
  esac
done

[ -n "$package" ] || usage "name the package (--package PATH or ACCREDIT_CI_PACKAGE)"
case "$fail_on" in not-ready|error|never) ;; *) usage "--fail-on must be not-ready, error or never, not \"$fail_on\"" ;; esac
if [ -z "$console" ]; then
  if [ "${GITHUB_ACTIONS:-}" = "true" ]; then console=github; else console=text; fi
fi
case "$console" in github|text|none) ;; *) usage "--console must be github, text or none, not \"$console\"" ;; esac

mkdir -p "$output_dir" || exit 2
sarif="$output_dir/accredit.sarif"
junit="$output_dir/accredit.junit.xml"
markdown="$output_dir/accredit.md"
stderr_file="$output_dir/accredit.stderr.txt"
# Reports of an earlier run must not pass for this run's.
rm -f "$sarif" "$junit" "$markdown" "$stderr_file"

# The executable: the one named, else accredit on PATH, else built from the source repository.
build_failed=""
if [ -z "$accredit" ]; then
  if command -v accredit >/dev/null 2>&1; then
    accredit="$(command -v accredit)"
  else
    echo "accredit-ci.sh: building accredit in $source_dir (swift build -c release)" >&2
    if (cd "$source_dir" && swift build -c release --product accredit >&2); then
      accredit="$(cd "$source_dir" && swift build -c release --show-bin-path)/accredit"
    else
      build_failed="could not build accredit in $source_dir with swift build -c release"
    fi
  fi
fi

arguments=(check "$package" --lang "$lang" --report "sarif:$sarif" --report "junit:$junit" --report "markdown:$markdown")
[ "$console" = none ] || arguments+=(--report "$console")
[ -z "$as_of" ] || arguments+=(--as-of "$as_of")
if [ -n "$rules" ]; then
  while IFS= read -r folder; do
    [ -z "$folder" ] || arguments+=(--rules "$folder")
  done < <(printf '%s\n' "$rules" | tr ':' '\n')
fi

if [ -n "$build_failed" ]; then
  echo "error: $build_failed" >"$stderr_file"
  status=2
elif [ ! -x "$accredit" ]; then
  echo "error: $accredit is not an executable" >"$stderr_file"
  status=2
else
  "$accredit" "${arguments[@]}" 2>"$stderr_file"
  status=$?
fi
cat "$stderr_file" >&2
version="$({ [ -x "$accredit" ] && "$accredit" --version 2>/dev/null; } | sed -n 's/^accredit //p' | head -n 1)"

# Text as a JSON string's contents.
json_escape() {
  local s="$1"
  s="${s//\\/\\\\}"; s="${s//\"/\\\"}"
  s="${s//$'\n'/\\n}"; s="${s//$'\r'/\\r}"; s="${s//$'\t'/\\t}"
  printf '%s' "$s" | tr -d '\000-\010\013\014\016-\037'
}
# Text as XML character data or an attribute value (double-quoted).
xml_escape() {
  local s="$1"
  s="${s//&/"&amp;"}"; s="${s//</"&lt;"}"; s="${s//>/"&gt;"}"; s="${s//\"/"&quot;"}"
  printf '%s' "$s" | tr -d '\000-\010\013\014\016-\037'
}

message="$(cat "$stderr_file")"
[ -n "$message" ] || message="accredit exited with status $status and wrote no report"
first_line="$(printf '%s\n' "$message" | grep -m 1 -v '^[[:space:]]*$')"

# accredit wrote no SARIF: a log that says the run failed and why, with the first error's place.
if [ ! -s "$sarif" ]; then
  location=""
  if [[ "$first_line" =~ ^(error|fejl):\ ([^:]+):([0-9]+):\  ]]; then
    location=", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"$(json_escape "${BASH_REMATCH[2]}")\"}, \"region\": {\"startLine\": ${BASH_REMATCH[3]}}}}]"
  fi
  cat >"$sarif" <<EOF
{
  "\$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {"driver": {"name": "accredit"${version:+, \"version\": \"$(json_escape "$version")\"}}},
      "invocations": [
        {
          "executionSuccessful": false,
          "exitCode": $status,
          "toolExecutionNotifications": [
            {"level": "error", "message": {"text": "$(json_escape "$message")"}$location}
          ]
        }
      ],
      "properties": {"package": "$(json_escape "$package")"},
      "results": []
    }
  ]
}
EOF
fi

# accredit wrote no JUnit file: one test case, in error, carrying the message.
if [ ! -s "$junit" ]; then
  name="$(xml_escape "accredit $package")"
  cat >"$junit" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="$name" tests="1" failures="0" errors="1" time="0">
  <testsuite name="accredit" package="$(xml_escape "$package")" tests="1" failures="0" errors="1" skipped="0" time="0">
    <testcase name="$(xml_escape "evaluate $package")" classname="accredit" time="0">
      <error message="$(xml_escape "$first_line")" type="exit-status-$status">$(xml_escape "$message")</error>
    </testcase>
  </testsuite>
</testsuites>
EOF
fi

# accredit wrote no Markdown report: a short one saying why.
if [ ! -s "$markdown" ]; then
  {
    echo "## accredit — $package could not be evaluated"
    echo
    echo "accredit ended with exit status $status and wrote no report:"
    echo
    echo '````text'
    printf '%s\n' "$message"
    echo '````'
  } >"$markdown"
fi

if [ -n "$summary" ]; then
  { cat "$markdown"; echo; } >>"$summary"
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "sarif=$sarif"
    echo "junit=$junit"
    echo "markdown=$markdown"
    echo "status=$status"
  } >>"$GITHUB_OUTPUT"
fi

case "$fail_on" in
  not-ready) exit "$status" ;;
  error) [ "$status" -eq 1 ] && exit 0; exit "$status" ;;
  never) exit 0 ;;
esac
