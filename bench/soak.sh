#!/usr/bin/env bash
# Soak: N small downloads (default 1,000) through the embedded service with
# the real window up under Xvfb, handed to the running bitsmon the way a
# user would (`bitsmon --add URL --dest DIR`, forwarded to the one instance),
# 50 at a time so BITS's 60-job limit is never hit. Reports resident memory
# at start and end and every job's final state. A benchmark, not a test.
#   bench/soak.sh BITSMON_BINARY [N]
set -euo pipefail
binary=$(readlink -f "$1")
count=${2:-1000}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../tests/e2e/lib.sh"

mkdir -p "$work/served" "$work/dest"
for i in $(seq 1 "$count"); do head -c $((32 * 1024 + i)) /dev/urandom > "$work/served/file-$i.bin"; done

start_file_server "$work/served" 200000000 7200

start_xvfb 1280x720x24

"$binary" --embedded > "$work/app.log" 2>&1 &
app=$!
pids+=($app)
wait_for 20 xdotool search --onlyvisible --name '^bitsmon' > /dev/null 2>&1 || fail "no window: $(cat "$work/app.log")"
rss() { awk '/^VmRSS/{print $2}' "/proc/$app/status"; }
finished() { grep -cE ': (completed|failed: .*|cancelled)$' "$work/app.log" || true; }
at_least() { [ "$(finished)" -ge "$1" ]; }
rss_start=$(rss)
started=$SECONDS

for i in $(seq 1 "$count"); do
    "$binary" --embedded --add "http://127.0.0.1:$port/file-$i.bin" --dest "$work/dest" --name "soak-$i" \
        >> "$work/forward.log" 2>&1 || fail "--add $i was refused: $(tail -n 3 "$work/forward.log")"
    if [ $((i % 50)) -eq 0 ]; then
        wait_for 300 at_least "$i" || fail "jobs stopped finishing at $(finished) of $i"
        echo "  $i added, $(finished) finished, RSS $(rss) KiB" >&2
    fi
done
wait_for 300 at_least "$count" || fail "only $(finished) of $count finished"
seconds=$((SECONDS - started))
rss_end=$(rss)

completed=$(grep -cE ': completed$' "$work/app.log" || true)
failed=$(grep -cE ': failed: ' "$work/app.log" || true)
cancelled=$(grep -cE ': cancelled$' "$work/app.log" || true)
identical=0
for i in $(seq 1 "$count"); do
    cmp -s "$work/served/file-$i.bin" "$work/dest/file-$i.bin" && identical=$((identical + 1))
done
leftovers=$(find "$work/dest" -name '.BIT*' | wc -l)
kill -0 "$app" || fail "bitsmon exited"
echo "soak: $count downloads of 32 KiB through the embedded service, window up (Xvfb), ${seconds}s"
echo "  final states: completed $completed, failed $failed, cancelled $cancelled"
echo "  byte-identical files: $identical of $count; temporary files left: $leftovers"
echo "  bitsmon resident memory: start $rss_start KiB, end $rss_end KiB (+$((rss_end - rss_start)) KiB)"
[ "$completed" -eq "$count" ] && [ "$identical" -eq "$count" ] || exit 1
