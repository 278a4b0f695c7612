#!/usr/bin/env bash
# Builds and runs the benchmarks; prints their figures.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages bench
bitsmon_build >/dev/null
QT_QPA_PLATFORM=offscreen build/bench/bench_feed
