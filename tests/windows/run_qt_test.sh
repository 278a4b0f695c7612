#!/usr/bin/env bash
# Runs a Qt Test executable under Wine and prints its results. Under Wine,
# what Qt Test writes to a standard output that is a pipe (as ctest's is)
# never arrives (a console or a file works), so the results go to a file
# that is printed afterwards; the exit status is the test's.
#   run_qt_test.sh TEST.exe [ARGUMENTS...]
set -uo pipefail
test=$1; shift
results=$(mktemp --suffix=.txt)
trap 'rm -f "$results"' EXIT
wine "$test" "$@" -o "Z:${results//\//\\},txt"
status=$?
cat "$results"
exit "$status"
