#!/usr/bin/env bash
# Builds and runs the benchmarks and prints their figures (not part of the
# tests): the feed natively, the BITS callback under Wine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages bench
bitsmon_build >/dev/null
QT_QPA_PLATFORM=offscreen build/bench/bench_feed
QT_QPA_PLATFORM=offscreen build/bench/bench_scale
bash scripts/bench-download.sh
bash scripts/bench-upload.sh
bitsmon_build_windows >/dev/null
bitsmon_wine_prefix
wine build-mingw/bench/windows/bench_callback.exe
