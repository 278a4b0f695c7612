# Sourced by the e2e tests: a work folder removed at exit, the processes
# started (in `pids`) stopped at exit, and waiting on conditions, never on time.
work=$(mktemp -d)
pids=()
# A home of its own: bitsmon's settings, its jobs and its single-instance
# socket are per user, so a bitsmon the developer runs is never disturbed.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# Waits up to $1 seconds for the command that follows to succeed.
wait_for() {
    local limit=$1; shift
    local deadline=$((SECONDS + limit))
    until "$@"; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.1
    done
}

# An X server of our own (Xvfb) of the given size; sets DISPLAY.
start_xvfb() {
    exec 3> "$work/display"
    Xvfb -displayfd 3 -screen 0 "${1:-1280x600x24}" -nolisten tcp > "$work/xvfb.log" 2>&1 &
    pids+=($!)
    wait_for 10 test -s "$work/display" || fail "Xvfb did not start"
    export DISPLAY=":$(head -n1 "$work/display")"
    unset QT_QPA_PLATFORM WAYLAND_DISPLAY
}

# Waits up to $1 seconds for bitsmon's window, puts it at 0,0 and sizes it
# $2 x $3; sets `window`. $4: the app's log, shown if the window never comes.
place_window() {
    wait_for "$1" xdotool search --onlyvisible --name '^bitsmon' > "$work/window" 2>/dev/null \
        || fail "the bitsmon window did not appear: $(cat "$4")"
    window=$(head -n1 "$work/window")
    xdotool windowmove "$window" 0 0 windowsize "$window" "$2" "$3" || true
}

# A system tray (trayer) at the bottom right of the display.
start_tray() {
    trayer --edge bottom --align right --widthtype pixel --width 120 --height 28 --transparent false \
        > "$work/trayer.log" 2>&1 &
    pids+=($!)
    wait_for 10 xdotool search --class trayer > /dev/null 2>&1 || fail "trayer did not start"
}

# tests/fixtures/throttled_http_server.py serving FOLDER on 127.0.0.1 (with
# byte ranges) at RATE bytes/s for LIFETIME seconds; sets `port`.
start_file_server() {
    rm -f "$work/server.out"  # a second server's port, not the first's
    python3 -u "$(dirname "${BASH_SOURCE[0]}")/../fixtures/throttled_http_server.py" "$1" --rate "$2" --lifetime "$3" \
        > "$work/server.out" 2> "$work/server.log" &
    pids+=($!)
    wait_for 10 grep -qs '^port ' "$work/server.out" || fail "the test server did not start"
    port=$(awk '/^port /{print $2}' "$work/server.out")
}
