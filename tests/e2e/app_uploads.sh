#!/usr/bin/env bash
# Real window with a system tray (Xvfb + trayer): bitsmon uploads by the BITS
# Upload Protocol to the fixtures' upload server (tests/fixtures/
# upload_server_main.cpp, its Acks slowed to a link's pace):
#   1. `--upload FILE --to URL` starts an upload job; it arrives
#      byte-identical (the server prints its SHA-256), is completed, and the
#      tray says "Upload finished";
#   2. a second bitsmon hands an upload-reply job (`--reply FILE`) to the
#      running one; the server's reply lands in that file once bitsmon
#      completes the job; the job is picked in the window (filter, click) and
#      its details, with the reply, are photographed;
#   3. an upload-reply whose reply file exists waits after the question
#      (answered No), and Job > Save reply as... saves a copy of its reply
#      through the real file dialog.
# Saves screenshots when given a folder.
#   app_uploads.sh BITSMON_BINARY UPLOAD_SERVER [SHOTS_DIR]
set -euo pipefail
binary=$(readlink -f "$1")
server=$(readlink -f "$2")
shots=${3:-}
source "$(dirname "$0")/lib.sh"

mkdir -p "$work/files" "$work/replies"
head -c $((24 * 1024 * 1024)) /dev/urandom > "$work/files/report.zip"
head -c $((3 * 1024 * 1024 + 11)) /dev/urandom > "$work/files/logs.tar"
"$server" --ack-delay 300 --reply-to /reply/logs.tar --verbose > "$work/server.out" 2> "$work/packets.log" &
pids+=($!)
wait_for 10 grep -qs '^port ' "$work/server.out" || fail "the upload server did not start"
port=$(awk '/^port /{print $2}' "$work/server.out")
sha() { sha256sum "$1" | cut -d' ' -f1; }

start_xvfb 1280x600x24
start_tray

# 1. An upload, photographed on its way.
"$binary" --upload "$work/files/report.zip" --to "http://127.0.0.1:$port/in/report.zip" > "$work/app.log" 2>&1 &
pids+=($!)
place_window 20 1280 560 "$work/app.log"
# The server holds at least 8 MiB (fragments grow with the link, so not at
# a fixed place): the upload is a third of the way.
holds_8mib() {
    awk '/^Fragment bytes/ { split($3, r, "[-/]"); if (r[2] + 1 >= 8388608) found = 1 } END { exit !found }' \
        "$work/packets.log"
}
wait_for 60 holds_8mib \
    || fail "the upload did not get under way: $(cat "$work/app.log") $(cat "$work/packets.log")"
[ -n "$shots" ] && mkdir -p "$shots" && import -window root "$shots/bitsmon-upload-transferring.png"
wait_for 60 grep -q "^BITS /in/report.zip $((24 * 1024 * 1024)) $(sha "$work/files/report.zip")\$" "$work/server.out" \
    || fail "the upload did not arrive whole: $(cat "$work/server.out") $(cat "$work/app.log")"
wait_for 20 grep -q 'notification: Upload finished: report.zip' "$work/app.log" \
    || fail "no notification of the finished upload: $(cat "$work/app.log")"

# 2. An upload-reply job, handed to the running bitsmon.
"$binary" --upload "$work/files/logs.tar" --to "http://127.0.0.1:$port/reply/logs.tar" \
    --reply "$work/replies/logs.reply" > "$work/second.log" 2>&1 || fail "the running bitsmon refused: $(cat "$work/second.log")"
wait_for 60 grep -q 'notification: Upload finished: logs.tar' "$work/app.log" \
    || fail "no notification of the finished upload-reply: $(cat "$work/app.log")"
expected="<received bytes=\"$((3 * 1024 * 1024 + 11))\" sha256=\"$(sha "$work/files/logs.tar")\"/>"
[ "$(cat "$work/replies/logs.reply" 2>/dev/null)" = "$expected" ] \
    || fail "the reply is not what the server sent: '$(cat "$work/replies/logs.reply" 2>/dev/null)', expected '$expected'"
grep -q '^GET /reply/' "$work/packets.log" || fail "bitsmon never fetched the reply: $(cat "$work/packets.log")"

# Picked in the window: the filter leaves its row first, a click selects it.
xdotool windowactivate --sync "$window" 2>/dev/null || true
xdotool key --window "$window" ctrl+f
xdotool type --window "$window" "logs.tar"
x=${BITSMON_E2E_ROW_X:-100}
y=${BITSMON_E2E_ROW_Y:-125}
xdotool mousemove --window "$window" "$x" "$y" click 1
[ -n "$shots" ] && import -window root "$shots/bitsmon-upload-reply-details.png"

# 3. An upload-reply whose reply file is there already: bitsmon asks before
#    replacing it; answered No, the job waits TRANSFERRED, and Save reply
#    as... (Ctrl+Shift+S) saves a copy of the reply through the real file dialog,
#    the old file untouched.
cp "$work/files/logs.tar" "$work/files/form.bin"
printf 'an older reply' > "$work/replies/form.reply"
"$binary" --upload "$work/files/form.bin" --to "http://127.0.0.1:$port/reply/logs.tar" \
    --reply "$work/replies/form.reply" > "$work/third.log" 2>&1 || fail "the running bitsmon refused: $(cat "$work/third.log")"
wait_for 60 xdotool search --onlyvisible --name '^Replace existing files\?$' > /dev/null \
    || fail "bitsmon did not ask before replacing the reply file: $(cat "$work/app.log")"
question=$(xdotool search --onlyvisible --name '^Replace existing files\?$' | head -n1)
xdotool windowactivate --sync "$question" 2>/dev/null || true
xdotool key Escape  # No: keep the old file
wait_for 10 sh -c "! xdotool search --onlyvisible --name '^Replace existing files\\?\$' > /dev/null" || fail "the question stayed open"
xdotool windowactivate --sync "$window" 2>/dev/null || true
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key ctrl+f ctrl+a
xdotool type "form.bin"  # its local name: only the waiting job is left
xdotool mousemove --window "$window" "$x" "$y" click 1
[ -n "$shots" ] && import -window root "$shots/bitsmon-upload-reply-waiting.png"
xdotool key ctrl+shift+s  # Save reply as...
wait_for 20 xdotool search --onlyvisible --name '^Save a copy of the reply$' > /dev/null \
    || fail "Save reply as... opened no dialog: $(cat "$work/app.log")"
dialog=$(xdotool search --onlyvisible --name '^Save a copy of the reply$' | head -n1)
xdotool windowactivate --sync "$dialog" 2>/dev/null || true
xdotool key ctrl+a  # the suggested name, selected in the file name field
xdotool type "$work/replies/copy.reply"
xdotool key Return
wait_for 20 test -s "$work/replies/copy.reply" || fail "no copy of the reply was saved"
[ "$(cat "$work/replies/copy.reply")" = "$expected" ] \
    || fail "the copy is not the server's reply: '$(cat "$work/replies/copy.reply")', expected '$expected'"
[ "$(cat "$work/replies/form.reply")" = "an older reply" ] || fail "the old reply file was touched"
echo "PASS: an upload and an upload-reply through the real window, byte-identical, the reply in place; a waiting reply saved as a copy"
