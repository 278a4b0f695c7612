# Sourced by the other scripts: installs the Debian packages bitsmon needs,
# only those missing, so a second run costs nothing.
#   bitsmon_install_packages build|run|test|fuzz|bench

bitsmon_packages_build=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
    libgtest-dev googletest libbenchmark-dev)
# What the tests start for real: python's http.server, an X server with a
# tray for the real-window test, and the tools that drive and photograph it.
# A CJK font (WenQuanYi Micro Hei, 5 MB) so that Traditional Chinese reads in
# screenshots, and the cell test draws text through a fallback font, natively
# and under Wine.
bitsmon_packages_test=(python3 clang-format nginx-light curl openssl desktop-file-utils appstream xvfb xauth xdotool x11-utils imagemagick trayer fonts-dejavu-core fonts-wqy-microhei)
# The Windows layer: cross-built with MinGW-w64, run under Wine's BITS.
bitsmon_packages_windows=(g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev wine wine64 googletest)
# The whole app for Windows: Debian's qt6-base source unpacked (dpkg-dev),
# icons rendered to PNG (librsvg2-bin), the MSI made by wixl.
bitsmon_packages_windows_app=(dpkg-dev librsvg2-bin wixl)

# The libFuzzer targets: clang and its sanitizer/fuzzer runtime.
bitsmon_packages_fuzz=(clang libclang-rt-14-dev)

# The Debian package: its dependencies from dpkg-shlibdeps (which CPack finds
# with file), checked by lintian.
bitsmon_packages_package=(dpkg-dev file lintian)

# What only the benchmarks use.
bitsmon_packages_bench=(time bc)

bitsmon_install_packages() {
    local wanted=("${bitsmon_packages_build[@]}")
    case "${1:-build}" in
        test) wanted+=("${bitsmon_packages_test[@]}" "${bitsmon_packages_windows[@]}" "${bitsmon_packages_windows_app[@]}"
                       "${bitsmon_packages_fuzz[@]}" "${bitsmon_packages_package[@]}") ;;
        windows) wanted+=("${bitsmon_packages_test[@]}" "${bitsmon_packages_windows[@]}" "${bitsmon_packages_windows_app[@]}") ;;
        fuzz) wanted+=("${bitsmon_packages_fuzz[@]}") ;;
        bench) wanted+=("${bitsmon_packages_test[@]}" "${bitsmon_packages_windows[@]}" "${bitsmon_packages_fuzz[@]}" "${bitsmon_packages_bench[@]}") ;;
    esac
    local missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "bitsmon: installing ${missing[*]}" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "bitsmon: need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

bitsmon_build() {
    cmake --preset default >/dev/null
    cmake --build --preset default
}

bitsmon_build_windows() {
    cmake --preset mingw >/dev/null
    cmake --build --preset mingw
}

# The whole app for Windows: Qt for Windows from the cache (built there the
# first time, about 40 minutes: scripts/qt-windows.sh), then bitsmon.exe,
# every test and the MSI in build-win/.
bitsmon_build_windows_app() {
    BITSMON_QT_WINDOWS=$(bash scripts/qt-windows.sh)
    export BITSMON_QT_WINDOWS
    cmake --preset windows >/dev/null
    cmake --build --preset windows
    cmake --build --preset windows --target msi
}

# Commands run when the calling script exits, last registered first.
bitsmon_exit_commands=()
bitsmon_at_exit() {
    bitsmon_exit_commands=("$1" "${bitsmon_exit_commands[@]}")
    trap 'for command in "${bitsmon_exit_commands[@]}"; do eval "$command"; done' EXIT
}

# An X server of our own with a system tray (Xvfb + trayer), for Wine's
# windows and tray icons; sets DISPLAY. Both stop when the caller exits.
bitsmon_display_with_tray() {
    local display_file
    display_file=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$display_file" > /dev/null 2>&1 &
    bitsmon_at_exit "kill $! 2>/dev/null || true; rm -f '$display_file'"
    local tries=0
    until [ -s "$display_file" ]; do
        [ $((tries += 1)) -le 100 ] || { echo "bitsmon: Xvfb did not start" >&2; return 1; }
        sleep 0.1
    done
    export DISPLAY=":$(head -n1 "$display_file")"
    unset QT_QPA_PLATFORM WAYLAND_DISPLAY
    trayer --edge bottom --align right --widthtype pixel --width 120 --height 28 --transparent false \
        > /dev/null 2>&1 &
    bitsmon_at_exit "kill $! 2>/dev/null || true"
}

# A Wine prefix (by default build-mingw/wineprefix), booted once; its
# wineserver is stopped when the calling script exits. BITSCTL (a bitsctl.exe
# that needs no DLLs) wakes Wine's BITS service.
#   bitsmon_wine_prefix [PREFIX] [BITSCTL]
bitsmon_wine_prefix() {
    export WINEPREFIX="${1:-$PWD/build-mingw/wineprefix}"
    local bitsctl=${2:-build-mingw/engine/windows/bitsctl.exe}
    export WINEDEBUG=${WINEDEBUG:--all}
    # No Mono or Gecko: nothing here needs them and there is no network to fetch them.
    export WINEDLLOVERRIDES="mscoree,mshtml="
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        echo "bitsmon: preparing the Wine prefix $WINEPREFIX" >&2
        mkdir -p "$WINEPREFIX"
        wineboot -i >/dev/null 2>&1
    fi
    # Until the boot's processes are gone, first calls were seen to fail.
    wineserver -w
    # A server that stays up between tests, with its services, as Windows
    # keeps BITS and RPCSS between programs. By default Wine stops them once
    # the last program exits: each test then started services.exe, RPCSS and
    # BITS again (`bitsctl list` 2 s after another: 2.5 s, against 0.2 s with
    # -p), and such a cold start is where CI saw COM wait 30 s for BITS and
    # give up with E_NOINTERFACE.
    wineserver -p
    bitsmon_at_exit "WINEPREFIX='$WINEPREFIX' wineserver -k 2>/dev/null || true"
    # Warm Wine's BITS service up once; a first start was seen to hang on a
    # new prefix, so a hung attempt is stopped and tried again.
    for attempt in 1 2 3; do
        if timeout 60 wine "$bitsctl" list > /dev/null 2>&1; then
            return 0
        fi
        echo "bitsmon: Wine's BITS service did not answer (attempt $attempt); restarting the Wine server" >&2
        wineserver -k 2>/dev/null || true
        wineserver -w 2>/dev/null || true
        wineserver -p
    done
}

# The native suite again under a sanitizer preset (asan, tsan).
bitsmon_build_sanitized() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}
