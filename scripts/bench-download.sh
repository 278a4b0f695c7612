#!/usr/bin/env bash
# bitsmon's embedded service against curl on this machine, same nginx on
# 127.0.0.1, same files, side by side: a 1 GiB file at foreground priority
# (one request) and at background priority (16 MiB ranges), and 50 concurrent
# 20 MiB jobs. Prints wall time, CPU time and throughput; scripts/bench.sh
# runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages bench
bitsmon_build >/dev/null
work=$(mktemp -d)
trap 'kill $(cat "$work/nginx/nginx.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/served" "$work/dest" "$work/nginx"
chmod 755 "$work"  # nginx workers run as an unprivileged user
head -c $((1024 * 1024 * 1024)) /dev/urandom > "$work/served/big.bin"
for i in $(seq 1 50); do head -c $((20 * 1024 * 1024)) /dev/urandom > "$work/served/s$i.bin"; done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/nginx/nginx.conf" <<CONF
daemon on; worker_processes 2;
pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log off; sendfile on; keepalive_requests 10000;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  default_type application/octet-stream;
  server { listen 127.0.0.1:$port; root $work/served; }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log"
base="http://127.0.0.1:$port"
cat "$work/served/big.bin" > /dev/null  # both read it from the page cache


curl_run() {  # curl_run BYTES URL...
    local bytes=$1; shift
    local args=()
    local i=0
    for url in "$@"; do i=$((i + 1)); args+=(-o "$work/dest/c$i" "$url"); done
    /usr/bin/time -o "$work/time" -f "%e %U %S" curl --silent --no-progress-meter --fail \
        --parallel --parallel-max 64 "${args[@]}"
    rm -f "$work"/dest/c*
    awk -v b="$bytes" '{printf "%.3f %.3f %.1f\n", $1, $2 + $3, b / $1 / 1e6}' "$work/time"
}

bitsmon_run() {  # bitsmon_run PRIORITY URL...
    local out
    out=$(build/bench/bench_download "$@" 2>&1 | tail -n1)
    rm -f "$work"/dest/f*
    echo "$out"
}

# Three alternating runs of each, after a sync so one run's write-back does
# not land on the next; the median run (by throughput) of each is shown.
median() { sort -k3 -n | sed -n 2p; }
compare() {  # compare LABEL BYTES PRIORITY URL...
    local label=$1 bytes=$2 priority=$3; shift 3
    local c=() b=()
    for round in 1 2 3; do
        sync; c+=("$(curl_run "$bytes" "$@")")
        sync; b+=("$(bitsmon_run "$priority" "$work/dest" "$@")")
    done
    row "$label" "$(printf '%s\n' "${c[@]}" | median)" "$(printf '%s\n' "${b[@]}" | median)"
}

row() {  # row LABEL "curl figures" "bitsmon figures"
    read -r cw cc ct <<<"$2"
    read -r bw bc bt <<<"$3"
    printf "   %-34s %8.1f MB/s %7.2f s CPU | %8.1f MB/s %7.2f s CPU | %5.2fx throughput, %5.2fx CPU\n" \
        "$1" "$ct" "$cc" "$bt" "$bc" "$(echo "$bt / $ct" | bc -l)" "$(echo "$bc / $cc" | bc -l)"
}

small=()
for i in $(seq 1 50); do small+=("$base/s$i.bin"); done
big=$((1024 * 1024 * 1024))
echo "bitsmon embedded service against curl ($(curl --version | head -n1 | cut -d' ' -f1-2)), nginx on 127.0.0.1"
printf "   %-34s %-33s | %-33s |\n" "" "curl" "bitsmon"
compare "1 GiB, foreground (one request)" $big foreground "$base/big.bin"
compare "1 GiB, background (16 MiB ranges)" $big normal "$base/big.bin"
compare "50 x 20 MiB at once, background" $((50 * 20 * 1024 * 1024)) normal "${small[@]}"
echo "   targets: foreground >= 0.9x curl's throughput, background >= 0.8x, CPU <= 1.5x curl's"
