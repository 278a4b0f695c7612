#!/usr/bin/env bash
# bitsmon is killed with SIGKILL in the middle of a download from nginx; the
# next bitsmon resumes it with a Range request from where the temporary file
# ended (checked in nginx's log) and completes it with the right SHA-256.
# Runs the real app offscreen: no display needed.
#   app_survives_kill.sh BITSMON_BINARY
set -euo pipefail
binary=$(readlink -f "$1")
source "$(dirname "$0")/lib.sh"

mkdir -p "$work/served" "$work/dest" "$work/nginx" "$work/data" "$work/config"
head -c $((24 * 1024 * 1024)) /dev/urandom > "$work/served/disk.img"
expected=$(sha256sum "$work/served/disk.img" | cut -d' ' -f1)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/nginx/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1;
pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
  log_format ranges '\$request|\$http_range|\$status|\$body_bytes_sent';
  access_log $work/nginx/access.log ranges;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  default_type application/octet-stream;
  server { listen 127.0.0.1:$port; root $work/served; limit_rate 6m; }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=($!)
wait_for 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null || fail "nginx did not start"

# No display needed.
export QT_QPA_PLATFORM=offscreen
url="http://127.0.0.1:$port/disk.img"
"$binary" --add "$url" --dest "$work/dest" --sha256 "$expected" > "$work/first.log" 2>&1 &
first=$!
pids+=($first)

halfway() {
    local temp
    temp=$(find "$work/dest" -name '.BIT*.tmp' -size +5M | head -n1)
    [ -n "$temp" ]
}
wait_for 30 halfway || fail "no progress before the kill: $(cat "$work/first.log")"
kill -9 "$first"
wait "$first" 2>/dev/null || true
temp=$(find "$work/dest" -name '.BIT*.tmp' | head -n1)
kept=$(stat -c %s "$temp")
[ ! -e "$work/dest/disk.img" ] || fail "a partial file was put at the destination"
echo "killed with $kept bytes in $(basename "$temp")"

"$binary" > "$work/second.log" 2>&1 &
pids+=($!)
wait_for 60 grep -q ' disk.img: completed$' "$work/second.log" \
    || fail "the restarted bitsmon did not complete the job: $(cat "$work/second.log")"
actual=$(sha256sum "$work/dest/disk.img" | cut -d' ' -f1)
[ "$actual" = "$expected" ] || fail "SHA-256 $actual, expected $expected"
grep -q "|bytes=$kept-" "$work/nginx/access.log" \
    || fail "no request resumed at byte $kept: $(cat "$work/nginx/access.log")"
[ -z "$(find "$work/dest" -name '.BIT*')" ] || fail "temporary files left behind"
echo "PASS: resumed at byte $kept with a Range request; SHA-256 matches"
