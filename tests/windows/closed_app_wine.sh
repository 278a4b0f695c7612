#!/usr/bin/env bash
# BITS starts bitsmon.exe when one of bitsmon's jobs finishes while bitsmon
# is closed (its notification class, a COM local server), under Wine. Wine's
# BITS has no IBackgroundCopyJob5, so bitsctl.exe plays BITS's part with
# Wine's real COM and real Wine BITS jobs (`bitsctl activate`):
#   1. bitsmon.exe --register-server writes the machine-wide registration;
#   2. a job finishes while no bitsmon runs; activating the class starts
#      bitsmon.exe -Embedding, which completes the job (the file lands,
#      byte-identical) and exits by itself once released;
#   3. a job in ERROR (a 404) reaches the class: bitsmon leaves it in ERROR
#      (not cancelled) and exits;
#   4. --unregister-server removes the registration.
# The figures (activation, call, exit) are printed.
# NOT YET IN THE SUITE (issue 15 is open). Parts 1 and 2 pass (seen: class
# created 1.1-2.2 s after the call, the call 11-25 ms, the file in place
# 3-3.3 s after activation, bitsmon.exe gone 0.2 s after the call returned).
# Part 3 fails: the 404 job is no longer listed after bitsmon.exe exited;
# Wine's BITS may lose its jobs then (no persistence), to be found out.
#   closed_app_wine.sh BITSMON_EXE BITSCTL_EXE
set -euo pipefail
exe=$(readlink -f "$1")
bitsctl=$(readlink -f "$2")
source "$(dirname "$0")/../e2e/lib.sh"
winpath() { local p=${1//\//\\}; echo "Z:$p"; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }
# A COM-started bitsmon.exe runs with -Embedding on its command line (the
# bracket keeps pgrep from finding the shell that runs this very pattern).
server_running() { pgrep -f -- '[b]itsmon.exe -Embedding' > /dev/null; }

if [ -z "${DISPLAY:-}" ]; then
    start_xvfb 1280x800x24
    start_tray
fi
wine reg delete 'HKCU\Software\bitsmon' /f > /dev/null 2>&1 || true
mkdir -p "$work/served" "$work/dest"
head -c $((3 * 1024 * 1024)) /dev/urandom > "$work/served/report.pdf"
start_file_server "$work/served" 20000000 170
# A job's line in `bitsctl list` (an ERROR line ends with the error in brackets).
job_line() { wine "$bitsctl" list 2>/dev/null | tr -d '\r' | grep -E "  $1( \[|\$)" | head -n1; }
# Wine's BITS keeps jobs only while some process holds it (no persistence);
# on Windows, BITS itself would. A watcher holds it for the test.
wine "$bitsctl" monitor --interval 1000 > /dev/null 2>&1 &
pids+=($!)

# 1. Registration.
wine "$exe" --register-server > "$work/register.log" 2>&1 || fail "--register-server failed: $(cat "$work/register.log")"
grep -q 'registered .*bitsmon.exe for BITS' "$work/register.log" || fail "no word of the registration: $(cat "$work/register.log")"
wine reg query 'HKLM\Software\Classes\AppID\{5E270DC0-0DAE-4F73-980D-A1F0CC13BF08}' /v RunAs | tr -d '\r' \
    | grep -q 'Interactive User' || fail "the AppID does not run as the interactive user"
server_running && fail "a bitsmon server runs before the test"

# 2. A job that finished while bitsmon was closed.
job=$(wine "$bitsctl" create "http://127.0.0.1:$port/report.pdf" "$(winpath "$work/dest/report.pdf")" \
      --name closed-app 2>&1 | tr -d '\r')
[[ $job == \{* ]] || fail "bitsctl could not create a job: $job"
wait_for 60 sh -c "wine '$bitsctl' list 2>/dev/null | tr -d '\r' | grep -E '  closed-app\$' | grep -q ' TRANSFERRED '" \
    || fail "the job did not transfer: $(job_line closed-app)"
[ ! -e "$work/dest/report.pdf" ] || fail "the file is in place before Complete"
start=$(ms)
# To a file, not a pipe: the server COM starts may inherit bitsctl's output.
wine "$bitsctl" activate "$job" transferred > "$work/activate.log" 2>&1 || fail "activation failed: $(cat "$work/activate.log")"
activation=$(tr -d '\r' < "$work/activate.log")
called=$(ms)
wait_for 60 test -e "$work/dest/report.pdf" || fail "bitsmon did not complete the job: $(job_line closed-app)"
cmp -s "$work/served/report.pdf" "$work/dest/report.pdf" || fail "the completed file differs from the source"
landed=$(ms)
wait_for 90 sh -c "! pgrep -f -- '[b]itsmon.exe -Embedding' > /dev/null" || fail "bitsmon.exe did not exit once released"
exited=$(ms)
echo "transferred: $activation; file in place $((landed - start)) ms after activation; bitsmon.exe exited $((exited - called)) ms after the call returned"

# 3. A job in ERROR reaches the class: announced, left in ERROR.
failed=$(wine "$bitsctl" create "http://127.0.0.1:$port/missing.bin" "$(winpath "$work/dest/missing.bin")" \
         --name closed-app-404 2>&1 | tr -d '\r')
[[ $failed == \{* ]] || fail "bitsctl could not create a job: $failed"
wait_for 60 sh -c "wine '$bitsctl' list 2>/dev/null | tr -d '\r' | grep -E '  closed-app-404 \[' | grep -q ' ERROR '" \
    || fail "the 404 job did not fail: $(job_line closed-app-404)"
start=$(ms)
wine "$bitsctl" activate "$failed" error > "$work/activate.log" 2>&1 || fail "activation failed: $(cat "$work/activate.log")"
activation=$(tr -d '\r' < "$work/activate.log")
wait_for 90 sh -c "! pgrep -f -- '[b]itsmon.exe -Embedding' > /dev/null" || fail "bitsmon.exe did not exit after the error"
exited=$(ms)
job_line closed-app-404 | grep -q ' ERROR ' || fail "bitsmon did not leave the failed job in ERROR: $(job_line closed-app-404)"
[ ! -e "$work/dest/missing.bin" ] || fail "a file landed for a failed job"
echo "error: $activation; bitsmon.exe exited $((exited - start)) ms after activation"
wine "$bitsctl" cancel "$failed" > /dev/null 2>&1 || true

# 4. Unregistration.
wine "$exe" --unregister-server > "$work/unregister.log" 2>&1 || fail "--unregister-server failed: $(cat "$work/unregister.log")"
wine reg query 'HKLM\Software\Classes\CLSID\{9F3069D6-DCDF-4E79-97C1-68228C296484}' > /dev/null 2>&1 \
    && fail "the class is still registered"
echo "PASS: BITS starts bitsmon.exe for a job that finished while it was closed; it completes or leaves it, and exits"
