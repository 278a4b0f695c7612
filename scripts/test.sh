#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build
ctest --preset default "$@"
