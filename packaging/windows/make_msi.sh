#!/usr/bin/env bash
# Makes the MSI of a folder laid out by `cmake --install --component app`:
# wixl-heat lists its files as components, wixl builds a per-machine x64 MSI.
#   make_msi.sh ROOT WXS ICO OUTPUT.msi
set -euo pipefail
root=$(readlink -f "$1")
wxs=$(readlink -f "$2")
ico=$(readlink -f "$3")
output=$(readlink -f "$4")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# wixl takes sources relative to where it runs (absolute ones it cannot open).
ln -s "$root" "$work/root"
cp "$ico" "$work/bitsmon.ico"
cp "$wxs" "$work/bitsmon.wxs"
(cd "$root" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) \
    | wixl-heat -p "" --var var.SourceDir --directory-ref INSTALLDIR --component-group AppFiles --win64 \
    > "$work/files.wxs"
cd "$work"
wixl -a x64 -D SourceDir=root -D Win64=yes -o "$output" bitsmon.wxs files.wxs
