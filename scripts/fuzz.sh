#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each over its
# seed corpus in fuzz/corpus/<target> for a bounded time. A crash, a
# sanitizer report or a broken invariant fails the run and leaves the input
# in build-fuzz/artifacts/.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 10 s, all)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages fuzz
seconds=${1:-10}
shift || true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(cd fuzz/corpus && ls))
mkdir -p build-fuzz/artifacts
failed=()
for target in "${targets[@]}"; do
    # New inputs go to a working corpus in the build tree; the seeds stay as committed.
    work="build-fuzz/corpus/$target"
    mkdir -p "$work"
    echo "bitsmon: fuzzing $target for ${seconds}s" >&2
    if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" \
        "$work" "fuzz/corpus/$target" > "build-fuzz/$target.log" 2>&1; then
        echo "bitsmon: fuzz_$target FAILED; its log:" >&2
        tail -n 60 "build-fuzz/$target.log" >&2
        failed+=("$target")
    else
        grep -E "^stat::number_of_executed_units|^stat::new_units_added" "build-fuzz/$target.log" | tr '\n' ' ' >&2
        echo >&2
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "bitsmon: fuzzing found problems in: ${failed[*]} (inputs in build-fuzz/artifacts/)" >&2
    exit 1
fi
echo "bitsmon: fuzzing: no crash in ${#targets[@]} targets" >&2
