#!/usr/bin/env bash
# `make bench`: runs every benchmark script in scripts/bench/ (NN-name.sh, in order) with a release build.
# Each script prints its figures and updates its own section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product qonun
swift build -c release --product qonun-bench
for script in scripts/bench/[0-9][0-9]-*.sh; do
  echo "== $script"
  bash "$script"
done
