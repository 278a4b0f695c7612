#!/usr/bin/env bash
# `cmake --install` puts the binary, the desktop entry, the AppStream
# metadata and the icon where desktops look, and the two files validate.
#   install_check.sh BUILD_DIR
set -euo pipefail
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$1" --prefix "$prefix" > /dev/null
for file in bin/bitsmon share/applications/org.bitsmon.bitsmon.desktop share/metainfo/org.bitsmon.bitsmon.metainfo.xml \
            share/icons/hicolor/scalable/apps/bitsmon.svg; do
    [ -e "$prefix/$file" ] || { echo "FAIL: $file was not installed" >&2; exit 1; }
done
desktop-file-validate "$prefix/share/applications/org.bitsmon.bitsmon.desktop"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/org.bitsmon.bitsmon.metainfo.xml" || {
    # Pedantic notes are advice; only errors and warnings fail.
    appstreamcli validate --no-net "$prefix/share/metainfo/org.bitsmon.bitsmon.metainfo.xml"
}
echo "PASS: installed and valid"
