#!/usr/bin/env bash
# The real bitsmon.exe under Wine, in Xvfb with a system tray (trayer),
# against Wine's own BITS service:
#   1. `--add` (polling switched off, so only the JobTransferred callback can
#      move it on): the job is ours (bitsmon holds its notify interface), its
#      file arrives byte-identical once bitsmon completes it, and the tray
#      announces it;
#   2. a job that another program (bitsctl.exe) creates shows up as someone
#      else's (polled; announced, with "notify about all jobs" on), and
#      bitsmon neither completes it nor touches its notify interface or flags;
#   3. a second bitsmon.exe hands a download of a missing file to the running
#      one, which shows it in ERROR with BG_E_HTTP_ERROR_404 (0x80190194);
#      the details pane is photographed.
# Runs in the Wine prefix of $WINEPREFIX and on $DISPLAY when set (the
# caller's Xvfb with a tray); otherwise starts an Xvfb and a tray of its own.
#   app_wine.sh BITSMON_EXE BITSCTL_EXE [SHOTS_DIR]
set -euo pipefail
exe=$(readlink -f "$1")
bitsctl=$(readlink -f "$2")
shots=${3:-}
source "$(dirname "$0")/../e2e/lib.sh"
# A Windows path for Wine (Z: is the Unix root).
winpath() { local p=${1//\//\\}; echo "Z:$p"; }

if [ -z "${DISPLAY:-}" ]; then
    start_xvfb 1280x800x24
    start_tray
fi
# bitsmon's settings and own-jobs list live in the prefix's registry: start
# from none, and be told about every job, not only ours.
wine reg delete 'HKCU\Software\bitsmon' /f > /dev/null 2>&1 || true
wine reg add 'HKCU\Software\bitsmon\bitsmon\notifications' /v allJobs /t REG_SZ /d true /f > /dev/null

mkdir -p "$work/served" "$work/dest" "$work/other"
head -c $((6 * 1024 * 1024)) /dev/urandom > "$work/served/setup.iso"
head -c $((2 * 1024 * 1024)) /dev/urandom > "$work/served/update.cab"
start_file_server "$work/served" 2000000 170

job_line() { wine "$bitsctl" list 2>/dev/null | tr -d '\r' | grep -E "  $1\$" | head -n1; }
job_guid() { job_line "$1" | cut -d' ' -f1; }
listed() { test -n "$(job_line "$1")"; }  # a function, so wait_for asks again each time

# Wine's BITS answers before bitsmon is asked anything: this test is about
# bitsmon, and a service start that Wine's COM gives up on (E_NOINTERFACE
# after 30 s) is Wine's.
timeout 90 wine "$bitsctl" list > /dev/null 2>&1 || fail "Wine's BITS service does not answer bitsctl.exe: the prefix, not bitsmon"

# 1. Our own download, with only the callback to drive it.
wine "$exe" --poll 600000 --add "http://127.0.0.1:$port/setup.iso" --dest "$(winpath "$work/dest")" \
    > "$work/app.log" 2>&1 &
app=$!
pids+=($app)
place_window 60 1280 760 "$work/app.log"
wait_for 30 listed setup.iso || fail "bitsmon's job is not in Wine's BITS: $(cat "$work/app.log")"
ours=$(job_guid setup.iso)
# The positive control for part 2: bitsmon holds the notify interface of its own job.
wine "$bitsctl" notify "$ours" | tr -d '\r' | grep -q 'interface set' \
    || fail "bitsmon did not subscribe to its own job: $(wine "$bitsctl" notify "$ours")"
[ -n "$shots" ] && mkdir -p "$shots" && import -window root "$shots/wine-transferring.png"
wait_for 60 test -e "$work/dest/setup.iso" || fail "the download did not complete: $(cat "$work/app.log")"
cmp -s "$work/served/setup.iso" "$work/dest/setup.iso" || fail "the bytes differ from the source"
wait_for 20 grep -q 'setup.iso: completed' "$work/app.log" || fail "bitsmon did not report completion: $(cat "$work/app.log")"
wait_for 20 grep -q 'notification: Download finished: setup.iso' "$work/app.log" \
    || fail "no notification of the finished download: $(cat "$work/app.log")"
[ -n "$shots" ] && import -window root "$shots/wine-completed.png"
kill "$app"
wait "$app" 2>/dev/null || true
wait_for 30 sh -c "! xdotool search --onlyvisible --name '^bitsmon' > /dev/null 2>&1" || fail "bitsmon did not exit"

# 2. Another program's job, polled every half second.
wine "$exe" --poll 500 > "$work/app2.log" 2>&1 &
pids+=($!)
place_window 60 1280 760 "$work/app2.log"
other=$(wine "$bitsctl" create "http://127.0.0.1:$port/update.cab" "$(winpath "$work/other/update.cab")" \
        --name other-program 2>&1 | tr -d '\r')
[[ $other == \{* ]] || fail "bitsctl could not create a job: $other"
wait_for 60 grep -q 'notification: Download finished: other-program' "$work/app2.log" \
    || fail "bitsmon did not see the other program's job finish: $(cat "$work/app2.log")"
job_line other-program | grep -q ' TRANSFERRED ' \
    || fail "the other program's job is not left TRANSFERRED for its owner: $(job_line other-program)"
[ ! -e "$work/other/update.cab" ] || fail "bitsmon completed another program's job"
notify=$(wine "$bitsctl" notify "$other" | tr -d '\r')
[ "$notify" = "flags 0x3 interface none" ] || fail "bitsmon touched the other program's notifications: $notify"
grep -q "$other" "$work/app2.log" && fail "bitsmon reported the other program's job as its own"

# 3. A missing file, handed over by a second bitsmon.exe.
wine "$exe" --add "http://127.0.0.1:$port/missing.bin" --dest "$(winpath "$work/dest")" > "$work/handoff.log" 2>&1 \
    || fail "the second bitsmon.exe failed: $(cat "$work/handoff.log")"
grep -q 'handed to the bitsmon already running' "$work/handoff.log" || fail "no hand-over: $(cat "$work/handoff.log")"
wait_for 30 grep -q 'missing.bin: failed: BG_E_HTTP_ERROR_404 (0x80190194)' "$work/app2.log" \
    || fail "the 404 did not show as an error: $(cat "$work/app2.log")"
if [ -n "$shots" ]; then
    # Only that job in the table (typed into the filter), selected, its
    # details below. The layout is fixed (window at 0,0, 1280x760, no window
    # manager, Debian's fonts): the filter at y 67, the first row at y 117.
    details() { import -window root -crop 1280x300+0+420 png:- | md5sum; }
    before=$(details)
    xdotool mousemove --window "$window" 300 "${BITSMON_E2E_WINE_FILTER_Y:-67}" click 1
    xdotool type missing
    xdotool mousemove --window "$window" 100 "${BITSMON_E2E_WINE_ROW_Y:-117}" click 1
    wait_for 10 sh -c "[ \"\$(import -window root -crop 1280x300+0+420 png:- | md5sum)\" != '$before' ]" \
        || fail "the details pane did not show the selected job"
    # Down to the error's sentence at the end of the details.
    before=$(details)
    xdotool mousemove --window "$window" 300 680 click --repeat 8 5
    wait_for 10 sh -c "[ \"\$(import -window root -crop 1280x300+0+420 png:- | md5sum)\" != '$before' ]" \
        || fail "the details pane did not scroll"
    import -window root "$shots/wine-404-details.png"
fi
wine "$bitsctl" cancel "$other" > /dev/null 2>&1 || true
echo "PASS: bitsmon.exe under Wine: own download through the callback, another program's job left alone, 404 shown"
