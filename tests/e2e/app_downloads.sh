#!/usr/bin/env bash
# Real-window test: bitsmon under Xvfb downloads from a throttled server on
# 127.0.0.1 given on its command line (--add URL --dest DIR). Passes when the
# window is mapped, the job shows progress in a picture, the file arrives
# byte-identical and no temporary file is left behind.
#   app_downloads.sh BITSMON_BINARY [SHOTS_DIR]
set -euo pipefail
binary=$(readlink -f "$1")
shots=${2:-}
source "$(dirname "$0")/lib.sh"

mkdir -p "$work/served" "$work/dest"
head -c $((12 * 1024 * 1024)) /dev/urandom > "$work/served/ubuntu-mini.iso"

start_file_server "$work/served" 3000000 120

start_xvfb 1280x600x24

"$binary" --add "http://127.0.0.1:$port/ubuntu-mini.iso" --dest "$work/dest" > "$work/app.log" 2>&1 &
app=$!
pids+=($app)
place_window 20 1280 560 "$work/app.log"

# Mid-transfer: a hidden temporary file grows; the destination does not exist yet.
partial() {
    local temp
    temp=$(find "$work/dest" -name '.BIT*.tmp' -size +2M | head -n1)
    [ -n "$temp" ]
}
wait_for 20 partial || fail "no progress: $(cat "$work/app.log")"
[ ! -e "$work/dest/ubuntu-mini.iso" ] || fail "the file was visible before Complete"
if [ -n "$shots" ]; then
    mkdir -p "$shots"
    import -window root "$shots/bitsmon-transferring.png"
fi

wait_for 60 test -e "$work/dest/ubuntu-mini.iso" || fail "the download did not complete: $(cat "$work/app.log")"
cmp -s "$work/served/ubuntu-mini.iso" "$work/dest/ubuntu-mini.iso" || fail "the bytes differ from the source"
leftovers=$(find "$work/dest" -name '.BIT*' | wc -l)
[ "$leftovers" -eq 0 ] || fail "$leftovers temporary files left behind"
kill -0 "$app" || fail "bitsmon exited: $(cat "$work/app.log")"
# The app reports each outcome of its own jobs on stdout.
wait_for 10 grep -q ' ubuntu-mini.iso: completed$' "$work/app.log" \
    || fail "bitsmon did not report the job completed: $(cat "$work/app.log")"
if [ -n "$shots" ]; then
    import -window root "$shots/bitsmon-completed.png"
    echo "screenshots in $shots"
fi
echo "PASS: downloaded $(stat -c %s "$work/dest/ubuntu-mini.iso") bytes through the real window"
