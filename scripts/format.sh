#!/usr/bin/env bash
# Formats the Swift sources with the toolchain's swift-format and the repository's .swift-format.
#
#   scripts/format.sh           rewrite Sources/, Tests/ and Package.swift in place
#   scripts/format.sh --check   change nothing; list every finding and exit non-zero if any
#
# The check is meant for CI: a tree formatted by `scripts/format.sh` passes it with no findings.
set -euo pipefail
cd "$(dirname "$0")/.."

paths=(Sources Tests Package.swift)

case "${1:-}" in
  "")
    exec swift format format --configuration .swift-format --in-place --recursive --parallel "${paths[@]}"
    ;;
  --check)
    # --strict turns warnings into errors, so any finding makes the exit status non-zero.
    if ! swift format lint --configuration .swift-format --strict --recursive --parallel "${paths[@]}"; then
      echo "format.sh: findings above; run scripts/format.sh and review the diff" >&2
      exit 1
    fi
    ;;
  -h|--help)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  *)
    echo "usage: scripts/format.sh [--check]" >&2
    exit 64
    ;;
esac
