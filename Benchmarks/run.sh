#!/usr/bin/env bash
# Runs the ordo-one/benchmark suite of accredit's core steps (load rules, parse the manifest,
# evaluate, hash evidence, render every report format) at N = 1,000 and 10,000, and prints
# wall clock, CPU time, malloc count and peak memory per step. A full run takes two to three
# minutes plus the first build (over ten minutes on two cores); inputs are generated into
# bench-out/ on first use (python3). Needs Swift 6.3 or later and libxml2-dev, nothing else.
#
# usage: Benchmarks/run.sh [BENCHMARK OPTIONS...]
#   Benchmarks/run.sh                                   everything, one table per benchmark
#   Benchmarks/run.sh --grouping metric                 one table per metric
#   Benchmarks/run.sh --filter 'N=1000' --no-progress   only the small input
#   Benchmarks/run.sh --format markdown --path stdout   Markdown tables
# Options are those of `swift package benchmark run` (see `swift package benchmark help`).
# The build goes to Benchmarks/.build, apart from the main package's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/../bench-out"
# Benchmarks write their inputs to bench-out/; a sandboxing plugin host must allow that.
exec swift package --package-path "$here" --allow-writing-to-directory "$here/../bench-out" benchmark "$@"
