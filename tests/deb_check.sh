#!/usr/bin/env bash
# The Debian package: cpack makes it from the build folder (dependencies
# from dpkg-shlibdeps), lintian finds no error in it, it holds the binary,
# desktop entry, AppStream metadata, icon, copyright and changelog, and the
# bitsmon extracted from it (dpkg-deb -x into a scratch folder) runs.
#   deb_check.sh BUILD_DIR VERSION
set -euo pipefail
build=$(readlink -f "$1")
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$scratch" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" > cpack.log 2>&1) \
    || fail "cpack failed: $(cat "$scratch/cpack.log")"
deb=$(find "$scratch/out" -maxdepth 1 -name "bitsmon_${version}_*.deb" | head -n1)
[ -n "$deb" ] || fail "cpack made no bitsmon_${version}_*.deb: $(ls "$scratch/out")"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "no Qt dependency found: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends
# Errors fail; warnings and notes are printed for a reader.
lintian --tag-display-limit 0 "$deb" > "$scratch/lintian.log" 2>&1 || true
cat "$scratch/lintian.log"
! grep -q '^E: ' "$scratch/lintian.log" || fail "lintian found errors"
dpkg-deb -x "$deb" "$scratch/root"
for file in usr/bin/bitsmon usr/share/applications/org.bitsmon.bitsmon.desktop \
            usr/share/metainfo/org.bitsmon.bitsmon.metainfo.xml usr/share/icons/hicolor/scalable/apps/bitsmon.svg \
            usr/share/doc/bitsmon/copyright usr/share/doc/bitsmon/changelog.gz usr/share/man/man1/bitsmon.1.gz; do
    [ -e "$scratch/root/$file" ] || fail "the package lacks /$file"
done
said=$("$scratch/root/usr/bin/bitsmon" --version)
[ "$said" = "bitsmon $version" ] || fail "the packaged bitsmon says \"$said\""
echo "PASS: $(basename "$deb") is lintian-clean and its bitsmon runs: $said"
