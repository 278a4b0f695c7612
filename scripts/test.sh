#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest: the native
# suite, the same suite under AddressSanitizer + UndefinedBehaviorSanitizer,
# the threaded tests under ThreadSanitizer, the libFuzzer targets for a
# bounded time (scripts/fuzz.sh), the Windows layer alone under Wine
# (scripts/test-windows.sh), then the whole app for Windows under Wine:
# bitsmon.exe, every suite, end to end, and the MSI (scripts/test-windows-app.sh;
# the first run builds Qt for Windows, about 40 minutes, then cached).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
# Qt for Windows is the longest step on a machine that has not built it yet
# (about 40 minutes): it builds in the background at the lowest priority
# while the native suites run, using what CPU they leave, and the Windows
# app's stage waits for it. Where it is cached this ends at once.
mkdir -p build
setsid nice -n 19 bash scripts/qt-windows.sh > /dev/null 2> build/qt-windows.log &
qt_windows=$!
bitsmon_at_exit "kill -- -$qt_windows 2>/dev/null || true"
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
bash scripts/test-windows-app.sh "$@"
