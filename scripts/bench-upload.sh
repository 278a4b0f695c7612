#!/usr/bin/env bash
# bitsmon's embedded service uploading by the BITS Upload Protocol against
# curl's PUT of the same file, to the same server on 127.0.0.1 (the fixtures'
# upload server, tests/fixtures/upload_server_main.cpp, which takes both):
# a 1 GiB file, three alternating rounds, the median shown; bitsmon both
# with fragments that follow the link (its default) and with fixed 1 MiB
# fragments (what it sent before), to show what the sizing buys. Each upload is
# checked byte-identical (the server prints its SHA-256). scripts/bench.sh
# runs it too.
#   scripts/bench-upload.sh [SIZE_MIB]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages bench
bitsmon_build >/dev/null
mib=${1:-1024}
work=$(mktemp -d)
coproc server { build/tests/bits_upload_server; }
trap 'kill "$server_PID" 2>/dev/null || true; rm -rf "$work"' EXIT
read -r line <&"${server[0]}"
port=${line#port }
head -c $((mib * 1024 * 1024)) /dev/urandom > "$work/big.bin"
expected=$(sha256sum "$work/big.bin" | cut -d' ' -f1)
bytes=$((mib * 1024 * 1024))
base="http://127.0.0.1:$port"

# The server's line for the upload just made: "BITS|PUT PATH SIZE SHA256".
arrived() {  # arrived HOW PATH
    local how path size sha
    read -r -t 120 how path size sha <&"${server[0]}" || { echo "bitsmon: the server said nothing" >&2; return 1; }
    if [ "$how $path $size $sha" != "$1 $2 $bytes $expected" ]; then
        echo "bitsmon: expected '$1 $2 $bytes $expected', the server got '$how $path $size $sha'" >&2
        return 1
    fi
}

curl_run() {  # curl_run ROUND
    /usr/bin/time -o "$work/time" -f "%e %U %S" curl --silent --fail -H 'Expect:' -T "$work/big.bin" \
        "$base/put/c$1.bin" -o /dev/null
    arrived PUT "/put/c$1.bin"
    awk -v b="$bytes" '{printf "%.3f %.3f %.1f\n", $1, $2 + $3, b / $1 / 1e6}' "$work/time"
}

bitsmon_run() {  # bitsmon_run ROUND [FRAGMENT_MIB]: fragments follow the link unless fixed
    local out
    out=$(build/bench/bench_upload "$base/up/b$1-${2:-auto}.bin" "$work/big.bin" ${2:+"$2"} | tail -n1)
    arrived BITS "/up/b$1-${2:-auto}.bin"
    echo "$out"
}

median() { sort -k3 -n | sed -n 2p; }
cat "$work/big.bin" > /dev/null  # both read it from the page cache
c=() b=() f=()
for round in 1 2 3; do
    c+=("$(curl_run "$round")")
    b+=("$(bitsmon_run "$round")")
    f+=("$(bitsmon_run "$round" 1)")
done
read -r cw cc ct <<<"$(printf '%s\n' "${c[@]}" | median)"
read -r bw bc bt <<<"$(printf '%s\n' "${b[@]}" | median)"
read -r fw fc ft <<<"$(printf '%s\n' "${f[@]}" | median)"
echo "bitsmon upload (BITS Upload Protocol) against curl's PUT, same server on 127.0.0.1, $mib MiB, byte-identical"
printf "   %-20s %8.1f MB/s %7.2f s wall %7.2f s CPU\n" curl "$ct" "$cw" "$cc"
printf "   %-20s %8.1f MB/s %7.2f s wall %7.2f s CPU\n" "bitsmon" "$bt" "$bw" "$bc"
printf "   %-20s %8.1f MB/s %7.2f s wall %7.2f s CPU\n" "bitsmon, 1 MiB fixed" "$ft" "$fw" "$fc"
printf "   bitsmon/curl: %.2fx throughput, %.2fx CPU\n" "$(echo "$bt / $ct" | bc -l)" "$(echo "$bc / $cc" | bc -l)"
