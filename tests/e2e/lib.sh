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
