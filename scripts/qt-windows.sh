#!/usr/bin/env bash
# Qt for Windows (x86_64 MinGW-w64, posix threads), built from Debian's own
# qt6-base source of exactly the host Qt's version, and kept in a cache:
#   scripts/qt-windows.sh            builds it if the cache lacks it, prints its prefix
#   BITSMON_CACHE=DIR                where the cache lives (default ~/.cache/bitsmon)
# The prefix is keyed by the source version and a hash of the options below,
# so a second run costs nothing and a change of options builds anew. Nothing
# is fetched from anywhere but Debian's archive, and the system's apt
# configuration is left as it was (a private sources list and state folder).
# The first build takes about 40 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# Only the modules bitsmon links: Core, Gui, Widgets, Network, Test (with
# the windows platform plugin, the windowsvista style and TLS). Debian's
# tarball drops src/3rdparty/wintab, hence no tablet events. (Leaving out
# Direct2D as well breaks Qt 6.4's link of the windows platform plugin,
# which then lacks QWindowsDirectWriteFontDatabase.)
qt_windows_options=(-release -nomake examples -nomake tests
    -no-opengl -no-dbus -no-feature-sql -no-feature-tabletevent -no-feature-vulkan
    -no-feature-printsupport -no-feature-concurrent -no-feature-xml -no-feature-freetype)

host_version=$(dpkg-query -W -f='${Version}' qt6-base-dev)   # 6.4.2+dfsg-10
key=$(printf '%s\n' "${qt_windows_options[@]}" "$(cat cmake/mingw-w64-qt.cmake cmake/mingw-w64-posix-common.cmake)" | sha256sum | cut -c1-12)
cache=${BITSMON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bitsmon}
prefix="$cache/qt6-windows-${host_version}-${key}"

if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi
# One build at a time (scripts/test.sh starts one in the background); a
# second caller waits for it and then finds it in the cache.
mkdir -p "$cache"
exec 9> "$cache/.lock"
if ! flock -n 9; then
    echo "bitsmon: waiting for the build of Qt for Windows under way" >&2
    flock 9
fi
if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi

work="$cache/qt6-windows-work-${host_version}-${key}"
# A source unpacked by an earlier, interrupted run is used again.
rm -rf "$work/build" "$prefix"
mkdir -p "$work/apt/lists/partial" "$work/apt/archives/partial"
started=$(date +%s)

# A private apt: our own deb-src list, lists and archive folders, the
# system's keyring. The system's sources and state are not touched.
cat > "$work/apt/sources.list" <<EOF
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm-updates main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security bookworm-security main
EOF
apt_private=(-o Dir::Etc::SourceList="$work/apt/sources.list" -o Dir::Etc::SourceParts=/nonexistent
             -o Dir::State::Lists="$work/apt/lists" -o Dir::Cache::Archives="$work/apt/archives"
             -o APT::Sandbox::User=root)
source_dir=$(find "$work" -maxdepth 1 -type d -name 'qt6-base-*' | head -n 1)
if [ ! -f "$work/.unpacked" ]; then
    echo "bitsmon: fetching qt6-base $host_version source from Debian's archive" >&2
    rm -rf "$source_dir"
    apt-get "${apt_private[@]}" update -q >/dev/null
    (cd "$work" && apt-get "${apt_private[@]}" source -q "qt6-base=$host_version" 2>&1 >/dev/null \
        | grep -v '^dpkg-source: warning' >&2 || true)
    source_dir=$(find "$work" -maxdepth 1 -type d -name 'qt6-base-*' | head -n 1)
    [ -d "$source_dir" ] && touch "$work/.unpacked"
fi
[ -d "$source_dir" ] || { echo "bitsmon: the qt6-base source did not unpack" >&2; exit 1; }

triplet=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
mkdir -p "$work/build"
echo "bitsmon: configuring Qt for Windows into $prefix" >&2
(cd "$work/build" && "$source_dir/configure" -prefix "$prefix" -xplatform win32-g++ \
    -qt-host-path /usr "${qt_windows_options[@]}" -- \
    -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-qt.cmake" \
    -DQT_HOST_PATH_CMAKE_DIR="/usr/lib/$triplet/cmake") > "$work/configure.log" 2>&1 \
    || { tail -n 40 "$work/configure.log" >&2; exit 1; }
echo "bitsmon: building Qt for Windows (about 40 minutes on 2 cores; log: $work/build.log)" >&2
cmake --build "$work/build" --parallel "$(nproc)" > "$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log" >&2; exit 1; }
cmake --install "$work/build" > "$work/install.log" 2>&1 \
    || { tail -n 40 "$work/install.log" >&2; exit 1; }
touch "$prefix/.complete"
rm -rf "$work"
echo "bitsmon: Qt for Windows built in $(( $(date +%s) - started )) s, $(du -sh "$prefix" | cut -f1) in $prefix" >&2
echo "$prefix"
