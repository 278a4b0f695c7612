#!/usr/bin/env bash
# The whole app for Windows, tested under Wine (scripts/test.sh runs this
# too): Qt for Windows from the cache (built from Debian's qt6-base source
# the first time, about 40 minutes: scripts/qt-windows.sh), bitsmon.exe,
# every Qt suite and the Windows layer's tests, and the MSI, all in build-win/.
# The suites run on the real `windows` platform in an Xvfb with a tray; the
# end-to-end test drives bitsmon.exe against Wine's BITS, and the MSI is
# installed, run and removed in a Wine prefix of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages windows
bitsmon_build_windows_app
bitsmon_display_with_tray
bitsmon_wine_prefix "$PWD/build-win/wineprefix" build-win/engine/windows/bitsctl.exe
# A test that hangs on Wine's service is stopped by its timeout and run once more.
ctest --preset windows --repeat after-timeout:2 "$@"
