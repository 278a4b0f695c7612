#!/usr/bin/env bash
# Builds bitsmon, runs it under Xvfb and saves screenshots: a download from a
# throttled local server mid-transfer and completed; then, with a tray, a
# range error, the row's context menu and the finished notification.
#   scripts/screenshot.sh [SHOTS_DIR]   (default: build/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build >/dev/null
shots=$(readlink -f "${1:-build/screenshots}")
tests/e2e/app_downloads.sh build/app/bitsmon "$shots"
tests/e2e/app_retry_foreground.sh build/app/bitsmon "$shots"
