#!/usr/bin/env bash
# Builds OneWindow and runs the whole test suite (all labels but bench) under Xvfb twice, with the
# clock set to 2027-01-05 and to 2028-03-01 by faketime: no test may depend on today's date (a
# new year must not break CI). The long check before an issue is resolved; CI (.ci/run) runs the
# suite on the real date only.
#   packaging/run-dated-tests.sh [BUILD_DIR]   Debug build in BUILD_DIR (default build/); a
#                                              folder already configured is reused as it is
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -le 1 ] || { echo "usage: $0 [BUILD_DIR]" >&2; exit 2; }
build="${1:-build}"

packaging/install-deps.sh
command -v faketime >/dev/null \
  || { echo "$0: needs faketime (Debian package faketime)" >&2; exit 2; }
# ccache (CMakeLists.txt) hits across checkouts only with paths relative to the checkout.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug
cmake --build "$build" -j2

export LC_ALL=C.UTF-8
# Only the date moves: timers, timeouts and QElapsedTimer keep the real monotonic clock.
export FAKETIME_DONT_FAKE_MONOTONIC=1
failed=()
for when in "2027-01-05 10:00:00" "2028-03-01 10:00:00"; do
  echo "== the suite on $when"
  # faketime inside xvfb-run: the X server keeps the real time, ctest and every test the fake one
  # (the clock runs on from the given moment).
  xvfb-run -a -s "-screen 0 1920x1920x24" faketime "$when" \
    ctest --test-dir "$build" -LE bench -j2 --timeout 600 --output-on-failure \
    || failed+=("$when")
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'tests failed on %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "the suite passed on both dates"
