#!/usr/bin/env bash
# Generates accredit's man pages with swift-argument-parser's generate-manual plugin (a
# dependency already) and checks them: a page for accredit and for every subcommand, each naming
# its options and exit statuses, each rendered by groff (or mandoc) without a warning and, with
# man, in 80 columns.
#
# usage: scripts/ci/check-manual.sh [CONFIGURATION]   (debug, the default, reuses `swift build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
configuration="${1:-debug}"

swift package plugin generate-manual --configuration "$configuration" --multi-page >/dev/null
pages=.build/plugins/GenerateManual/outputs/accredit
status=0
accredit="$(swift build --configuration "$configuration" --show-bin-path)/accredit"
subcommands=$("$accredit" --help \
  | sed -n '/^SUBCOMMANDS:/,/^$/s/^  \([a-z]\+\) .*/\1/p')
[ -n "$subcommands" ] || { echo "error: found no subcommands in accredit --help" >&2; exit 1; }
for page in accredit $(printf 'accredit.%s\n' $subcommands); do
  command="${page#accredit}"; command="${command#.}"
  file="$pages/$page.1"
  if [ ! -s "$file" ]; then
    echo "error: no man page $file" >&2; status=1; continue
  fi
  grep -q '^\.Sh EXIT STATUS\|EXIT STATUS' "$file" || { echo "error: $file does not document the exit status" >&2; status=1; }
  # Every option of the command is on its page.
  for option in $("$accredit" $command --help | grep -o -- '^  --[a-z-]*\|^  -[a-z], --[a-z-]*' | grep -o -- '--[a-z-]*' | sort -u); do
    grep -q -- "${option#--}" "$file" || { echo "error: $file does not document $option" >&2; status=1; }
  done
  # generate-manual copies a discussion's blank lines as they are; roff prints them as blank
  # lines, which is what they are for, so that warning is not a finding.
  if command -v mandoc >/dev/null; then
    warnings=$(mandoc -T lint -W warning "$file" 2>&1 | grep -v 'blank line in fill mode' || true)
  else
    warnings=$(groff -mandoc -Tutf8 -ww -z "$file" 2>&1 | grep -v 'Empty input line' || true)
  fi
  [ -z "$warnings" ] || { echo "$file: $warnings" >&2; status=1; }
  # Rendered at 80 columns, no line is longer.
  if command -v man >/dev/null; then
    long=$(MANWIDTH=80 man -l "$file" 2>/dev/null | LC_ALL=C.UTF-8 grep -E '.{81}' || true)
    [ -z "$long" ] || { echo "$file: lines over 80 columns:" >&2; echo "$long" >&2; status=1; }
  fi
done
[ $status -eq 0 ] && echo "man pages: $(ls "$pages" | wc -l) generated in $pages, every subcommand documented"
exit $status
