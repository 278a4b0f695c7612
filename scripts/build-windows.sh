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
echo "bitsmon.exe: $PWD/build-win/msi-root/bitsmon.exe, with the DLLs and plugins it needs beside it"
echo "installer:   $(ls "$PWD"/build-win/bitsmon-*-x64.msi)"
