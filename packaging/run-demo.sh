#!/usr/bin/env bash
# Builds OneWindow (Release) and starts the kiosk demo in a window.
#   packaging/run-demo.sh [extra onewindow options, e.g. --mode backoffice --size 1920x1080]
# Without a display it starts Xvfb and saves a screenshot to build-release/demo.png instead.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release
cmake --build --preset release

data="${ONEWINDOW_DEMO_DATA:-$PWD/build-release/demo-data}"
mkdir -p "$data"
args=(--data-dir "$data" --windowed "$@")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running under Xvfb and saving build-release/demo.png"
  exec xvfb-run -a -s "-screen 0 1920x1920x24" build-release/bin/onewindow "${args[@]}" \
    --size 1080x1920 --screenshot build-release/demo.png --exit-after-first-frame
fi
exec build-release/bin/onewindow "${args[@]}"
