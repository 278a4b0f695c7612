#!/usr/bin/env bash
# Builds bitsmon, runs it under Xvfb with a download from a throttled local
# server, and saves screenshots of the window mid-transfer and completed.
#   scripts/screenshot.sh [SHOTS_DIR]   (default: build/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages test
bitsmon_build >/dev/null
exec tests/e2e/app_downloads.sh build/app/bitsmon "$(readlink -f "${1:-build/screenshots}")"
