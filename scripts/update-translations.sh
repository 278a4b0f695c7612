#!/usr/bin/env bash
# lupdate over every folder a user's sentence can come from, into the given
# .ts files (the committed ones when none are given). The engine marks its
# sentences with BITS_TR_NOOP / BITS_TR_N_NOOP (engine/bits/sentence.h),
# which lupdate is told to read as QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP.
#   scripts/update-translations.sh [--lupdate PATH] [TS...]
# Messages no longer in the sources stay, marked vanished, for
# scripts/ts_carry_over.py; delete the rest by hand or with lupdate -no-obsolete.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
if [ "${1:-}" = --lupdate ]; then
    lupdate=$2
    shift 2
fi
[ $# -gt 0 ] || set -- translations/bitsmon_*.ts
exec "$lupdate" -locations none \
    -tr-function-alias QT_TRANSLATE_NOOP+=BITS_TR_NOOP,QT_TRANSLATE_N_NOOP+=BITS_TR_N_NOOP \
    engine models policies requests widgets app -ts "$@"
