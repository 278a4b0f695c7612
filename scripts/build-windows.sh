#!/usr/bin/env bash
# Builds the Windows app and its installer on this Debian machine: Qt for
# Windows from Debian's qt6-base source (the first run builds it, about half
# an hour on 2 cores, into ~/.cache/bitsmon; later runs reuse it), then
# bitsmon.exe and the MSI in build-win/.
#   scripts/build-windows.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages windows
bitsmon_build_windows_app
msi=$(find build-win -maxdepth 1 -name 'bitsmon-*-x64.msi' -newer build-win/app/bitsmon.exe -print -quit)
echo "bitsmon.exe: $PWD/build-win/app/bitsmon.exe (with its DLLs: $PWD/build-win/msi-root)"
echo "installer:   $PWD/${msi:-build-win/bitsmon-*-x64.msi} ($(du -h "${msi:-/dev/null}" | cut -f1))"
