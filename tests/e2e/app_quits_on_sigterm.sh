#!/usr/bin/env bash
# SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C) end bitsmon as its Quit
# does: exit status 0, the window's layout saved in its settings, the
# embedded service's jobs kept. Before, the signal killed it (status 143)
# and the layout was lost. Runs the real app offscreen.
#   app_quits_on_sigterm.sh BITSMON_BINARY
set -euo pipefail
binary=$(readlink -f "$1")
source "$(dirname "$0")/lib.sh"

export QT_QPA_PLATFORM=offscreen
conf="$XDG_CONFIG_HOME/bitsmon/bitsmon.conf"
jobs="$XDG_DATA_HOME/bitsmon/bitsmon/embedded-jobs.json"
mkdir -p "$work/dest"
# A port nobody listens on: the job waits for its server, and is kept.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

for signal in TERM INT; do
    rm -f "$conf"
    "$binary" --add "http://127.0.0.1:$port/$signal.iso" --dest "$work/dest" > "$work/$signal.log" 2>&1 &
    app=$!
    pids+=($app)
    # The job is in the service's file: bitsmon is up, its event loop running.
    wait_for 30 grep -qs "$signal.iso" "$jobs" || fail "bitsmon did not take the job: $(cat "$work/$signal.log")"
    kill -s "$signal" "$app"
    status=0
    wait "$app" || status=$?
    [ "$status" = 0 ] || fail "SIG$signal: bitsmon ended with status $status, not 0: $(cat "$work/$signal.log")"
    grep -q '^geometry=' "$conf" 2>/dev/null \
        || fail "SIG$signal: the window's layout was not saved: $(cat "$conf" 2>/dev/null)"
    grep -q "$signal.iso" "$jobs" || fail "SIG$signal: the job was not kept"
    echo "SIG$signal: status 0, layout saved, job kept"
done
echo "PASS: SIGTERM and SIGINT quit bitsmon cleanly"
