#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 60) on its seed corpus.
# Crashes land in Fuzz/out/<target>/ as crash-* files; turn each into a regression test.
#
# usage: Fuzz/run.sh [SECONDS] [TARGET...]      targets: FuzzManifest FuzzRules FuzzZip FuzzPackage
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzManifest FuzzRules FuzzZip FuzzPackage)
root=$(basename "$(cd .. && pwd)" | tr 'A-Z' 'a-z')
sed "s/@ROOT@/$root/g" Package.swift.template > Package.swift
if ! swift build -c release --sanitize=fuzzer --scratch-path .build-fuzz > .build-fuzz.log 2>&1; then
  grep -E "error" .build-fuzz.log >&2 || tail -20 .build-fuzz.log >&2
  exit 1
fi
bin=$(swift build -c release --sanitize=fuzzer --scratch-path .build-fuzz --show-bin-path)
for target in "${targets[@]}"; do
  mkdir -p "out/$target" "corpus/$target"
  cp -n seeds/"$target"/* "corpus/$target/" 2>/dev/null || true
  "$bin/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="out/$target/" "corpus/$target" 2>&1 | grep -E "DONE|Done [0-9]+ runs|ERROR|SUMMARY|crash-" || true
done
