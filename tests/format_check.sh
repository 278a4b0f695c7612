#!/usr/bin/env bash
# Every C++ file follows .clang-format (clang-format 14, Debian 12's): lists
# the files that do not and the first lines that differ. `clang-format -i`
# on them mends it.
#   format_check.sh SOURCE_DIR
set -euo pipefail
cd "$1"
status=0
while IFS= read -r -d '' file; do
    if ! clang-format --dry-run --Werror "$file" > /dev/null 2>&1; then
        echo "not formatted: $file"
        clang-format "$file" | diff "$file" - | head -8 || true
        status=1
    fi
done < <(git ls-files -z '*.cpp' '*.h' 2>/dev/null || find . -path ./build\* -prune -o \( -name '*.cpp' -o -name '*.h' \) -print0)
[ $status -eq 0 ] && echo "PASS: every C++ file follows .clang-format"
exit $status
