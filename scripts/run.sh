#!/usr/bin/env bash
# Sets everything up and starts bitsmon. Arguments go to bitsmon, e.g.
#   scripts/run.sh --add https://example.org/file.iso --dest ~/Downloads
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
bitsmon_install_packages run
bitsmon_build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<'MSG'
bitsmon: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so
the window cannot open. To run it under a virtual X server:
    apt-get install xvfb && xvfb-run -a scripts/run.sh [ARGS]
or see scripts/screenshot.sh, which also takes a picture of the window.
MSG
    exit 1
fi
exec build/app/bitsmon "$@"
