#!/usr/bin/env bash
# Every translation is complete and current: lupdate over today's sources,
# into copies of the committed .ts files, leaves no unfinished and no
# vanished entry in either language.
#   translations_check.sh SOURCE_DIR LUPDATE
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source_dir"/translations/bitsmon_*.ts; do
    cp "$ts" "$work/"
    copy="$work/$(basename "$ts")"
    "$source_dir/scripts/update-translations.sh" --lupdate "$lupdate" "$copy" > "$work/lupdate.log" 2>&1 \
        || { cat "$work/lupdate.log"; exit 1; }
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$copy" || true)
    echo "$(basename "$ts"): $unfinished unfinished, $vanished no longer in the sources"
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        grep -B3 'type="unfinished"\|type="vanished"' "$copy" | grep '<source>' | head -n 20 >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: translations complete" || echo "FAIL: run lupdate and translate what is listed" >&2
exit $status
