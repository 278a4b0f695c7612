#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest: the native
# suite, the same suite under AddressSanitizer + UndefinedBehaviorSanitizer,
# the threaded tests under ThreadSanitizer, the libFuzzer targets for a bounded time (scripts/fuzz.sh), then the
# Windows layer under Wine (scripts/test-windows.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build
ctest --preset default "$@"
bitsmon_build_sanitized asan
ctest --preset asan "$@"
# The threaded parts (feed, embedded service, actions through the feed,
# own jobs) under ThreadSanitizer; tests/tsan.supp says what is Qt's.
bitsmon_build_sanitized tsan
ctest --preset tsan "$@"
# Every parser of outside input under libFuzzer, 10 s each (a minute in all).
bash scripts/fuzz.sh 10
bash scripts/test-windows.sh "$@"
