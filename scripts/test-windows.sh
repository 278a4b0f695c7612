#!/usr/bin/env bash
# The Windows layer's tests: engine/bits and engine/windows cross-built with
# MinGW-w64 (no Qt), run under Wine against Wine's own BITS service.
# scripts/test.sh runs this too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build_windows
bitsmon_wine_prefix
# A test that hangs on Wine's service is stopped by its timeout and run once more.
ctest --preset mingw --repeat after-timeout:2 "$@"
