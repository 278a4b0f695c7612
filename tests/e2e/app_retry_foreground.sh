#!/usr/bin/env bash
# Real window with a system tray (Xvfb + trayer): bitsmon downloads at
# background priority from python's http.server, which ignores Range, so the
# job fails with BG_E_INSUFFICIENT_RANGE_SUPPORT; a right-click on the row and
# "Retry at foreground priority" (its mnemonic F) make it finish, with a tray
# notification. Saves screenshots when given a folder.
#   app_retry_foreground.sh BITSMON_BINARY [SHOTS_DIR]
set -euo pipefail
binary=$(readlink -f "$1")
shots=${2:-}
source "$(dirname "$0")/lib.sh"

mkdir -p "$work/served" "$work/dest" "$work/data" "$work/config"
head -c $((3 * 1024 * 1024)) /dev/urandom > "$work/served/plain.iso"
(cd "$work/served" && exec python3 -u -m http.server --bind 127.0.0.1 0 > "$work/server.out" 2>&1) &
pids+=($!)
wait_for 10 grep -q 'port [0-9]' "$work/server.out" || fail "python's http.server did not start"
port=$(grep -o 'port [0-9]*' "$work/server.out" | head -n1 | cut -d' ' -f2)

start_xvfb 1280x600x24
start_tray

"$binary" --add "http://127.0.0.1:$port/plain.iso" --dest "$work/dest" > "$work/app.log" 2>&1 &
pids+=($!)
wait_for 20 xdotool search --onlyvisible --name '^bitsmon' > "$work/window" 2>/dev/null \
    || fail "the bitsmon window did not appear: $(cat "$work/app.log")"
window=$(head -n1 "$work/window")
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 560
wait_for 20 grep -q 'failed: BG_E_INSUFFICIENT_RANGE_SUPPORT' "$work/app.log" \
    || fail "the job did not fail with BG_E_INSUFFICIENT_RANGE_SUPPORT: $(cat "$work/app.log")"
[ -n "$shots" ] && mkdir -p "$shots" && import -window root "$shots/bitsmon-range-error.png"

# The first row of the table: the layout is fixed (window at 0,0, 1280x560,
# Debian's fonts), so a click that misses fails the test loudly.
x=${BITSMON_E2E_ROW_X:-100}
y=${BITSMON_E2E_ROW_Y:-125}
xdotool mousemove --window "$window" "$x" "$y" click 1
before=$(xdotool search --onlyvisible --class bitsmon 2>/dev/null | wc -l)
xdotool mousemove --window "$window" "$x" "$y" click 3
menu_open() { [ "$(xdotool search --onlyvisible --class bitsmon 2>/dev/null | wc -l)" -gt "$before" ]; }
wait_for 10 menu_open || fail "no context menu opened on the row"
[ -n "$shots" ] && import -window root "$shots/bitsmon-context-menu.png"
xdotool key f

wait_for 30 grep -q 'notification: Download finished: plain.iso' "$work/app.log" \
    || fail "no notification of the finished download: $(cat "$work/app.log")"
cmp -s "$work/served/plain.iso" "$work/dest/plain.iso" || fail "the bytes differ from the source"
[ -n "$shots" ] && import -window root "$shots/bitsmon-finished-notification.png"
echo "PASS: range error, retried at foreground priority from the context menu, finished with a notification"
