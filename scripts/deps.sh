# Sourced by the other scripts: installs the Debian packages bitsmon needs,
# only those missing, so a second run costs nothing.
#   bitsmon_install_packages build|run|test|fuzz|bench

bitsmon_packages_build=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
    libgtest-dev googletest libbenchmark-dev)
# What the tests start for real: python's http.server, an X server with a
# tray for the real-window test, and the tools that drive and photograph it.
bitsmon_packages_test=(python3 nginx-light curl openssl desktop-file-utils appstream xvfb xauth xdotool x11-utils imagemagick trayer fonts-dejavu-core)
# The Windows layer: cross-built with MinGW-w64, run under Wine's BITS.
bitsmon_packages_windows=(g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev wine wine64 googletest)

# The libFuzzer targets: clang and its sanitizer/fuzzer runtime.
bitsmon_packages_fuzz=(clang libclang-rt-14-dev)

# What only the benchmarks use.
bitsmon_packages_bench=(time bc)

bitsmon_install_packages() {
    local wanted=("${bitsmon_packages_build[@]}")
    case "${1:-build}" in
        test) wanted+=("${bitsmon_packages_test[@]}" "${bitsmon_packages_windows[@]}" "${bitsmon_packages_fuzz[@]}") ;;
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

# A Wine prefix of our own in the build tree, booted once; its wineserver is
# stopped when the calling script exits.
bitsmon_wine_prefix() {
    export WINEPREFIX="$PWD/build-mingw/wineprefix"
    export WINEDEBUG=${WINEDEBUG:--all}
    # No Mono or Gecko: nothing here needs them and there is no network to fetch them.
    export WINEDLLOVERRIDES="mscoree,mshtml="
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        echo "bitsmon: preparing the Wine prefix $WINEPREFIX" >&2
        wineboot -i >/dev/null 2>&1
    fi
    # Until the boot's processes are gone, first calls were seen to fail.
    wineserver -w
    trap 'wineserver -k 2>/dev/null || true' EXIT
    # Warm Wine's BITS service up once; a first start was seen to hang on a
    # new prefix, so a hung attempt is stopped and tried again.
    for attempt in 1 2 3; do
        if timeout 60 wine build-mingw/engine/windows/bitsctl.exe list > /dev/null 2>&1; then
            return 0
        fi
        echo "bitsmon: Wine's BITS service did not answer (attempt $attempt); restarting the Wine server" >&2
        wineserver -k 2>/dev/null || true
        wineserver -w 2>/dev/null || true
    done
}

# The native suite again under a sanitizer preset (asan, tsan).
bitsmon_build_sanitized() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}
