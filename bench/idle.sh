#!/usr/bin/env bash
# Idle cost: what the real bitsmon (embedded service, Xvfb with a tray)
# spends while nothing transfers, each case measured over SECONDS (default
# 60) after 20 s of settling (the finished download's balloon has gone):
#   - no jobs at all, window shown;
#   - one finished job, window shown;
#   - one finished job, started hidden in the tray (--minimized).
# Wake-ups: context switches of all its threads (voluntary and not, from
# /proc/PID/task/*/status) per second; CPU: user + system time. Beside them,
# the same figures for Xvfb itself (the display bitsmon talks to) as the
# control. A benchmark, not a test: it prints figures (docs/PERFORMANCE.md).
#   bench/idle.sh BITSMON_BINARY [SECONDS]
set -euo pipefail
binary=$(readlink -f "$1")
seconds=${2:-60}
settle=20
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../tests/e2e/lib.sh"

# Context switches of every thread of PID, counted once a second per thread
# so that threads which end (a pool's idle thread expires after 30 s) keep
# what they spent and threads which start count from their birth. Prints the
# total over SECONDS.
switches_over() {
    local pid=$1 total=0 t task n
    declare -A last=()
    for ((t = 0; t <= seconds; t++)); do
        for task in /proc/"$pid"/task/*; do
            n=$(awk '/ctxt_switches/ { n += $2 } END { print n + 0 }' "$task/status" 2> /dev/null) || continue
            [ -n "$n" ] || continue
            if [ -n "${last[$task]:-}" ]; then
                total=$((total + n - last[$task]))
            elif [ "$t" -gt 0 ]; then
                total=$((total + n))  # born during the measure
            fi
            last[$task]=$n
        done
        [ "$t" -lt "$seconds" ] && sleep 1
    done
    echo "$total"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
xvfb_switches() { awk '/ctxt_switches/ { n += $2 } END { print n + 0 }' /proc/"$xvfb_pid"/task/*/status; }
ticks_per_second=$(getconf CLK_TCK)

# measure NAME PID: prints one line of figures for PID over $seconds.
measure() {
    local name=$1 pid=$2 s c0 c1 x0 x1 xc0 xc1
    sleep "$settle"
    c0=$(cpu_ticks "$pid") x0=$(xvfb_switches) xc0=$(cpu_ticks "$xvfb_pid")
    s=$(switches_over "$pid")
    c1=$(cpu_ticks "$pid") x1=$(xvfb_switches) xc1=$(cpu_ticks "$xvfb_pid")
    awk -v n="$name" -v s="$s" -v c=$((c1 - c0)) -v xs=$((x1 - x0)) -v xc=$((xc1 - xc0)) \
        -v t="$seconds" -v hz="$ticks_per_second" -v th="$(ls /proc/"$pid"/task | wc -l)" 'BEGIN {
        printf "  %-38s %6.2f wake-ups/s  CPU %6.3f%%  (%d threads) | Xvfb %5.2f wake-ups/s, CPU %6.3f%%\n",
            n, s / t, 100 * c / hz / t, th, xs / t, 100 * xc / hz / t }'
}

start_xvfb 1280x800x24
xvfb_pid=$(pgrep -n Xvfb)
start_tray
mkdir -p "$work/served" "$work/dest"
head -c $((256 * 1024)) /dev/urandom > "$work/served/small.bin"
start_file_server "$work/served" 100000000 $((4 * seconds + 120))

echo "idle: bitsmon with the embedded service, Xvfb 1280x800 with a tray, ${seconds}s per case"
"$binary" --embedded > "$work/empty.log" 2>&1 &
app=$!
pids+=($app)
wait_for 20 xdotool search --onlyvisible --name '^bitsmon' > /dev/null 2>&1 || fail "no window: $(cat "$work/empty.log")"
measure "no jobs, window shown" "$app"
kill "$app"
wait "$app" 2> /dev/null || true

"$binary" --embedded --add "http://127.0.0.1:$port/small.bin" --dest "$work/dest" > "$work/app.log" 2>&1 &
app=$!
pids+=($app)
wait_for 20 xdotool search --onlyvisible --name '^bitsmon' > /dev/null 2>&1 || fail "no window: $(cat "$work/app.log")"
wait_for 60 grep -q 'small.bin: completed' "$work/app.log" || fail "the download did not finish: $(cat "$work/app.log")"
measure "one finished job, window shown" "$app"
kill "$app"
wait "$app" 2> /dev/null || true

# Started in the tray, as at login; the finished job is still listed.
"$binary" --embedded --minimized > "$work/tray.log" 2>&1 &
app=$!
pids+=($app)
wait_for 20 sh -c "xwininfo -root -tree | grep -qi bitsmon" || fail "no tray icon: $(cat "$work/tray.log")"
measure "one finished job, hidden in the tray" "$app"
xdotool search --onlyvisible --name '^bitsmon' > /dev/null 2>&1 && fail "the window showed"
kill -0 "$app" || fail "bitsmon exited: $(cat "$work/tray.log")"
