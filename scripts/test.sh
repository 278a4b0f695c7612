#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest: the native
# suite, then the Windows layer under Wine (scripts/test-windows.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build
ctest --preset default "$@"
bash scripts/test-windows.sh "$@"
