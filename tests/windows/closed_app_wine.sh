#!/usr/bin/env bash
# BITS starts bitsmon.exe when one of bitsmon's jobs finishes while bitsmon
# is closed (its notification class, a COM local server), under Wine. Wine's
# BITS has no IBackgroundCopyJob5, so bitsctl.exe plays BITS's part with
# Wine's real COM and real Wine BITS jobs (`bitsctl activate`):
#   1. bitsmon.exe --register-server writes the machine-wide registration;
#   2. a job finishes while no bitsmon runs; activating the class starts
#      bitsmon.exe -Embedding, which completes the job (the file lands,
#      byte-identical) and exits by itself once released;
#   3. BITS itself calls it: an object of the class becomes a job's notify
#      interface (what BITS does with the CLSID), the client exits, and
#      Wine's BITS calls bitsmon.exe when the job is transferred;
#   3b. the user chose "only notify me": the job is announced as transferred
#      and left TRANSFERRED; "do nothing": left untouched, nothing said;
#   3c. a file is already where the job's would go: no question pops up
#      unasked; the job waits, TRANSFERRED, and the user is told;
#   4. a job in ERROR (a 404) reaches the class: bitsmon announces it, leaves
#      it in ERROR (not cancelled) and exits;
#   5. a job bitsmon started with an expected SHA-256 that the file does not
#      have reaches the class: nothing lands, the failure is announced;
#   6. --unregister-server removes the registration.
# The figures (activation, call, exit) are printed.
#   closed_app_wine.sh BITSMON_EXE BITSCTL_EXE
set -euo pipefail
exe=$(readlink -f "$1")
bitsctl=$(readlink -f "$2")
source "$(dirname "$0")/../e2e/lib.sh"
# Wine's BITS, started afresh: once, under load, its first create hung for
# the whole attempt, and the retry (ctest --repeat after-timeout) met the
# same hung BITS in the wineserver the attempt left running.
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true
winpath() { local p=${1//\//\\}; echo "Z:$p"; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }
# A COM-started bitsmon.exe runs with -Embedding on its command line (the
# bracket keeps pgrep from finding the shell that runs this very pattern).
server_running() { pgrep -f -- '[b]itsmon.exe.* -Embedding' > /dev/null; }
# Waits for the COM-started bitsmon.exe to exit by itself.
server_exits() { wait_for "$1" sh -c "! pgrep -f -- '[b]itsmon.exe.* -Embedding' > /dev/null"; }
# What a COM-started bitsmon.exe says goes to closed-app.log in its data
# folder (COM gives it no output to inherit).
server_log="$(winepath -u "$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')")/bitsmon/bitsmon/closed-app.log"
rm -f "$server_log"
said() { tr -d '\r' < "$server_log" 2>/dev/null; }
# Waits up to 20 s for the log to say something (a regular expression).
heard() { wait_for 20 sh -c "tr -d '\\r' < '$server_log' 2>/dev/null | grep -q -- \"\$0\"" "$1"; }
# The server's idle timeout, registered on its command line: BITS may hold
# its object long after the last call.
idle_ms=15000

if [ -z "${DISPLAY:-}" ]; then
    start_xvfb 1280x800x24
    start_tray
fi
wine reg delete 'HKCU\Software\bitsmon' /f > /dev/null 2>&1 || true
mkdir -p "$work/served" "$work/dest"
head -c $((3 * 1024 * 1024)) /dev/urandom > "$work/served/report.pdf"
start_file_server "$work/served" 20000000 390  # outlives the whole test (TIMEOUT 400), however slow the machine
# A job's line in `bitsctl list` (an ERROR line ends with the error in brackets).
job_line() { wine "$bitsctl" list 2>/dev/null | tr -d '\r' | grep -E "  $1(  \[|\$)" | head -n1; }
listed() { test -n "$(job_line "$1")"; }  # a function, so wait_for asks again each time
# Wine's BITS keeps jobs only while some process holds it (no persistence);
# on Windows, BITS itself would. A watcher holds it for the test.
wine "$bitsctl" monitor --interval 1000 > "$work/monitor.log" 2>&1 &
pids+=($!)

# 1. Registration.
wine "$exe" --register-server --server-idle $idle_ms > "$work/register.log" 2>&1 \
    || fail "--register-server failed: $(cat "$work/register.log")"
grep -q 'registered .*bitsmon.exe for BITS' "$work/register.log" || fail "no word of the registration: $(cat "$work/register.log")"
wine reg query 'HKLM\Software\Classes\CLSID\{9F3069D6-DCDF-4E79-97C1-68228C296484}\LocalServer32' /ve | tr -d '\r' \
    | grep -qi "bitsmon.exe\" --server-idle $idle_ms" || fail "the registered command line is not the quoted bitsmon.exe with its idle timeout"
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
heard 'started by COM' || fail "the COM-started bitsmon left no word in $server_log"
heard 'notification: Download finished: closed-app$' || fail "the finished download was not announced: $(said)"
server_exits 90 || fail "bitsmon.exe did not exit once released"
exited=$(ms)
echo "transferred: $activation; file in place $((landed - start)) ms after activation; bitsmon.exe exited $((exited - called)) ms after the call returned"

# 3. BITS itself calls bitsmon: the job's notify interface is an object of
# the class, and nothing else of the client remains.
job=$(wine "$bitsctl" create "http://127.0.0.1:$port/report.pdf" "$(winpath "$work/dest/by-bits.pdf")" \
      --name closed-app-bits --suspended 2>&1 | tr -d '\r')
[[ $job == \{* ]] || fail "bitsctl could not create a job: $job"
start=$(ms)
wine "$bitsctl" hand "$job" > "$work/hand.log" 2>&1 || fail "the class could not take the job's notifications: $(cat "$work/hand.log")"
handed=$(ms)
server_running || fail "no bitsmon.exe -Embedding runs after the class was created"
wine "$bitsctl" resume "$job" || fail "the job could not be resumed"
wait_for 60 test -e "$work/dest/by-bits.pdf" || fail "BITS's call did not get the job completed: $(job_line closed-app-bits)"
cmp -s "$work/served/report.pdf" "$work/dest/by-bits.pdf" || fail "the completed file differs from the source"
landed=$(ms)
heard 'notification: Download finished: closed-app-bits' \
    || fail "the finished download was not announced: $(said)"
server_exits $((idle_ms / 1000 + 60)) || fail "bitsmon.exe did not exit after BITS's call"
exited=$(ms)
echo "called by BITS: the class took the job's notifications $((handed - start)) ms after the request; file in place $((landed - handed)) ms after the resume; bitsmon.exe exited $((exited - landed)) ms later"

# 3b. The user's choice of what bitsmon does then (Settings).
choice_key='HKCU\Software\bitsmon\bitsmon\closedApp'
for choice in notify nothing; do
    wine reg add "$choice_key" /v whenFinished /t REG_SZ /d $choice /f > /dev/null
    job=$(wine "$bitsctl" create "http://127.0.0.1:$port/report.pdf" "$(winpath "$work/dest/$choice.pdf")" \
          --name closed-app-$choice 2>&1 | tr -d '\r')
    [[ $job == \{* ]] || fail "bitsctl could not create a job: $job"
    wait_for 60 sh -c "wine '$bitsctl' list 2>/dev/null | tr -d '\r' | grep -E '  closed-app-$choice\$' | grep -q ' TRANSFERRED '" \
        || fail "the job did not transfer: $(job_line closed-app-$choice)"
    start=$(ms)
    wine "$bitsctl" activate "$job" transferred > "$work/activate.log" 2>&1 || fail "activation failed: $(cat "$work/activate.log")"
    server_exits 90 || fail "bitsmon.exe did not exit (choice: $choice)"
    exited=$(ms)
    job_line closed-app-$choice | grep -q ' TRANSFERRED ' || fail "the job was not left TRANSFERRED (choice: $choice): $(job_line closed-app-$choice)"
    [ ! -e "$work/dest/$choice.pdf" ] || fail "the job was completed though the user chose \"$choice\""
    if [ $choice = notify ]; then
        heard 'notification: Download transferred: closed-app-notify' || fail "the transfer was not announced: $(said)"
    else
        said | grep -q 'closed-app-nothing' && fail "bitsmon said something of a job it was to leave alone: $(said)"
    fi
    echo "choice $choice: the job left TRANSFERRED; bitsmon.exe exited $((exited - start)) ms after activation"
    wine "$bitsctl" cancel "$job" > /dev/null 2>&1 || true
done
wine reg delete "$choice_key" /f > /dev/null 2>&1

# 3c. Something is already at the destination.
echo "the user's own file" > "$work/dest/mine.pdf"
job=$(wine "$bitsctl" create "http://127.0.0.1:$port/report.pdf" "$(winpath "$work/dest/mine.pdf")" \
      --name closed-app-in-the-way 2>&1 | tr -d '\r')
[[ $job == \{* ]] || fail "bitsctl could not create a job: $job"
wait_for 60 sh -c "wine '$bitsctl' list 2>/dev/null | tr -d '\r' | grep -E '  closed-app-in-the-way\$' | grep -q ' TRANSFERRED '" \
    || fail "the job did not transfer: $(job_line closed-app-in-the-way)"
wine "$bitsctl" activate "$job" transferred > "$work/activate.log" 2>&1 || fail "activation failed: $(cat "$work/activate.log")"
server_exits 90 || fail "bitsmon.exe did not exit: a question may wait unseen ($(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' ' '))"
heard 'notification: Download transferred: closed-app-in-the-way' || fail "the waiting job was not announced: $(said)"
[ "$(cat "$work/dest/mine.pdf")" = "the user's own file" ] || fail "the user's file was replaced unasked"
job_line closed-app-in-the-way | grep -q ' TRANSFERRED ' || fail "the job was not left waiting: $(job_line closed-app-in-the-way)"
echo "files in the way: the job waits, TRANSFERRED; the user's file untouched; no question asked unseen"
wine "$bitsctl" cancel "$job" > /dev/null 2>&1 || true

# 4. A job in ERROR reaches the class: announced, left in ERROR.
failed=$(wine "$bitsctl" create "http://127.0.0.1:$port/missing.bin" "$(winpath "$work/dest/missing.bin")" \
         --name closed-app-404 2>&1 | tr -d '\r')
[[ $failed == \{* ]] || fail "bitsctl could not create a job: $failed"
wait_for 60 sh -c "wine '$bitsctl' list 2>/dev/null | tr -d '\r' | grep -E '  closed-app-404  \[' | grep -q ' ERROR '" \
    || fail "the 404 job did not fail: $(job_line closed-app-404); the watcher saw: $(tr -d "\r" < "$work/monitor.log" | tail -n 8)"
start=$(ms)
wine "$bitsctl" activate "$failed" error > "$work/activate.log" 2>&1 || fail "activation failed: $(cat "$work/activate.log")"
activation=$(tr -d '\r' < "$work/activate.log")
server_exits 90 || fail "bitsmon.exe did not exit after the error"
exited=$(ms)
job_line closed-app-404 | grep -q ' ERROR ' || fail "bitsmon did not leave the failed job in ERROR: $(job_line closed-app-404)"
[ ! -e "$work/dest/missing.bin" ] || fail "a file landed for a failed job"
heard 'notification: Download failed: closed-app-404' || fail "the failure was not announced: $(said)"
echo "error: $(head -n1 <<< "$activation"); bitsmon.exe exited $((exited - start)) ms after activation"
wine "$bitsctl" cancel "$failed" > /dev/null 2>&1 || true

# 5. A download bitsmon started with an expected SHA-256 the file does not
# have finishes while bitsmon is closed. A slower server of its own gives
# time to close bitsmon mid-transfer; BITS goes on without it.
mkdir -p "$work/checked"
head -c $((16 * 1024 * 1024)) /dev/urandom > "$work/served/checked.bin"
start_file_server "$work/served" 2000000 170
wine "$exe" --poll 600000 --add "http://127.0.0.1:$port/checked.bin" --dest "$(winpath "$work/checked")" \
    --name checked.bin --sha256 "$(printf '0%.0s' {1..64})" > "$work/app.log" 2>&1 &
app=$!
pids+=($app)
wait_for 30 listed checked.bin || fail "bitsmon's job is not in Wine's BITS: $(cat "$work/app.log")"
checked=$(job_line checked.bin | cut -d' ' -f1)
kill "$app"
wait "$app" 2>/dev/null || true
wait_for 30 sh -c "! pgrep -f -- '[b]itsmon.exe --poll' > /dev/null" || fail "bitsmon did not exit"
job_line checked.bin | grep -q ' TRANSFERRED ' && fail "the job was transferred before bitsmon was closed: the test proves nothing"
wait_for 60 sh -c "wine '$bitsctl' list 2>/dev/null | tr -d '\r' | grep -E '  checked.bin\$' | grep -q ' TRANSFERRED '" \
    || fail "the checked job did not transfer: $(job_line checked.bin)"
wine "$bitsctl" activate "$checked" transferred > "$work/activate.log" 2>&1 || fail "activation failed: $(cat "$work/activate.log")"
server_exits 90 || fail "bitsmon.exe did not exit after the failed check"
heard 'notification: .*checked.bin' || fail "the failed check was not announced: $(said)"
[ ! -e "$work/checked/checked.bin" ] || fail "a file that failed its check landed"
# Where BITS takes the verdict (IBackgroundCopyFile3), the job is kept in
# ERROR to download again; Wine's BITS has no such interface, so the file is
# checked after Complete and removed, and the job is over.
echo "wrong SHA-256: $(said | grep -o 'notification: .*checked.bin.*' | head -n1); the job: $(job_line checked.bin | awk '{print $2}')"
wine "$bitsctl" cancel "$checked" > /dev/null 2>&1 || true

# 6. Unregistration.
wine "$exe" --unregister-server > "$work/unregister.log" 2>&1 || fail "--unregister-server failed: $(cat "$work/unregister.log")"
wine reg query 'HKLM\Software\Classes\CLSID\{9F3069D6-DCDF-4E79-97C1-68228C296484}' > /dev/null 2>&1 \
    && fail "the class is still registered"
echo "PASS: BITS starts bitsmon.exe for a job that finished while it was closed; it completes or leaves it, and exits"
