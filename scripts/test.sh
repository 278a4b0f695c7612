#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest: the native
# suite, the same suite under AddressSanitizer + UndefinedBehaviorSanitizer,
# then the Windows layer under Wine (scripts/test-windows.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build
ctest --preset default "$@"
bitsmon_build_sanitized asan
ctest --preset asan "$@"
bash scripts/test-windows.sh "$@"
