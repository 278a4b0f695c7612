#!/usr/bin/env bash
# The MSI as a Windows user meets it, in a Wine prefix of its own made for
# this test: `msiexec /i /qn` installs bitsmon.exe with its DLLs and plugins
# into Program Files, a Start-menu shortcut and an uninstall entry; the
# installed bitsmon.exe runs the end-to-end download against Wine's BITS
# (app_wine.sh; nothing from the build tree on WINEPATH, so a DLL the MSI
# lacks fails it); COM starts the installed bitsmon.exe through the
# notification class the MSI registered (as BITS would when a download
# finishes while bitsmon is closed); `msiexec /x /qn` removes every file, the
# shortcut, the entry and the class.
#   msi_check.sh MSI BITSCTL_EXE [SHOTS_DIR]
set -euo pipefail
msi=$(readlink -f "$1")
bitsctl=$(readlink -f "$2")
shots=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/deps.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$msi" ] || fail "no MSI at $msi: build it first (cmake --build --preset windows --target msi)"
unset WINEPATH
prefix=$(mktemp -d)
bitsmon_at_exit "rm -rf '$prefix'"
bitsmon_wine_prefix "$prefix/wine" "$bitsctl"

winmsi="Z:${msi//\//\\}"
installed="$WINEPREFIX/drive_c/Program Files/bitsmon"
# Windows puts a per-machine (ALLUSERS=1) install's shortcut in the common
# Start menu; Wine's msi in the installing user's. Either is the Start menu.
shortcut() {
    local lnk
    for lnk in "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/bitsmon.lnk" \
               "$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/bitsmon.lnk"; do
        [ -f "$lnk" ] && return 0
    done
    return 1
}
clsid='HKLM\Software\Classes\CLSID\{9F3069D6-DCDF-4E79-97C1-68228C296484}'
# Waits up to 60 s for a COM-started bitsmon.exe to be gone.
server_gone() {
    local deadline=$((SECONDS + 60))
    while pgrep -f -- '[b]itsmon.exe.* -Embedding' > /dev/null; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.2
    done
}
uninstall_entry() {
    wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' \
        | grep -q 'DisplayName.*REG_SZ.*bitsmon'
}

wine msiexec /i "$winmsi" /qn || fail "msiexec /i failed with status $?"
for file in bitsmon.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll libstdc++-6.dll \
            platforms/qwindows.dll styles/qwindowsvistastyle.dll tls/qschannelbackend.dll; do
    [ -f "$installed/$file" ] || fail "the MSI did not install $file"
done
shortcut || fail "no Start-menu shortcut"
uninstall_entry || fail "no uninstall entry for bitsmon"
version=$(wine "$installed/bitsmon.exe" --version | tr -d '\r')
[ "$version" = "bitsmon ${BITSMON_VERSION:?the version the MSI carries}" ] \
    || fail "the installed bitsmon.exe says \"$version\", not bitsmon $BITSMON_VERSION"
echo "installed: $(find "$installed" -type f | wc -l) files, $(du -sh "$installed" | cut -f1); $version"

# The notification class: registered to the installed bitsmon.exe, and COM
# starts it (it exits once let go).
wine reg query "$clsid\\LocalServer32" /ve 2>/dev/null | tr -d '\r' | grep -qi 'Program Files\\bitsmon\\bitsmon.exe"' \
    || fail "the MSI did not register the notification class to the installed bitsmon.exe: $(wine reg query "$clsid" /s 2>&1 | tr -d '\r')"
wine reg query 'HKLM\Software\Classes\AppID\{5E270DC0-0DAE-4F73-980D-A1F0CC13BF08}' /v RunAs 2>/dev/null | tr -d '\r' \
    | grep -q 'Interactive User' || fail "the MSI's AppID does not run as the interactive user"
started=$(wine "$bitsctl" activate 2>&1 | tr -d '\r') || fail "COM could not start the installed bitsmon.exe: $started"
server_gone || fail "the COM-started bitsmon.exe did not exit once let go"
echo "notification class: COM started the installed bitsmon.exe ($started) and it exited once let go"

bash "$here/app_wine.sh" "$installed/bitsmon.exe" "$bitsctl" ${shots:+"$shots/installed"} \
    || fail "the installed bitsmon.exe failed the end-to-end download"

wine msiexec /x "$winmsi" /qn || fail "msiexec /x failed with status $?"
left=$({ find "$installed" -type f 2>/dev/null || true; } | wc -l)  # the folder itself may be gone
[ "$left" -eq 0 ] || fail "$left files left after uninstalling: $(find "$installed" -type f | head)"
shortcut && fail "the Start-menu shortcut is left after uninstalling"
uninstall_entry && fail "the uninstall entry is left after uninstalling"
wine reg query "$clsid" > /dev/null 2>&1 && fail "the notification class is left after uninstalling"
echo "PASS: the MSI installs, runs the end-to-end download and uninstalls without a trace"
