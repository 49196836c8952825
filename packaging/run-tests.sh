#!/usr/bin/env bash
# Builds OneWindow and runs the whole test suite (all labels but bench) under Xvfb.
#   packaging/run-tests.sh            Debug build in build/
#   packaging/run-tests.sh --asan     AddressSanitizer + UBSan build in build-asan/
#   packaging/run-tests.sh --fuzz     clang libFuzzer build; runs each fuzzer for FUZZ_SECONDS (20)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=default
case "${1:-}" in
  --asan) preset=asan ;;
  --fuzz) preset=fuzz ;;
  "") ;;
  *) echo "usage: $0 [--asan|--fuzz]" >&2; exit 2 ;;
esac

packaging/install-deps.sh
# ccache (CMakeLists.txt) hits across checkouts only with paths relative to the checkout.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset "$preset"
cmake --build --preset "$preset"

if [ "$preset" = fuzz ]; then
  seconds="${FUZZ_SECONDS:-20}"
  # The terminal's fuzzers (tests/fuzz) and the reference hall's (hall/fuzz); each one's seed
  # corpus is in corpus/ next to its source.
  for fuzzer in build-fuzz/tests/fuzz/fuzz_* build-fuzz/hall/fuzz/fuzz_*; do
    [ -x "$fuzzer" ] && [ -f "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    source=$(dirname "${fuzzer#build-fuzz/}")
    corpus=$(mktemp -d)
    cp -r "$source/corpus/${name#fuzz_}/." "$corpus/"
    echo "fuzzing $name for ${seconds}s"
    "$fuzzer" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "$corpus" 2>&1 | tail -n 3
    rm -rf "$corpus"
  done
  exit 0
fi

export LC_ALL=C.UTF-8
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}"
if [ "$preset" = asan ]; then
  # Mesa's GLX driver is unloaded before LeakSanitizer looks, so its exit-time allocations
  # cannot be told apart from ours: draw with Qt Quick's software renderer in this build.
  export QT_QUICK_BACKEND=software
  # libxkbcommon-x11 over-reads X server replies in strndup (a system-library bug that the
  # strict string checks report); the sanitizer build checks our code, so it draws offscreen.
  # The default build drives the same windows through Xvfb.
  export QT_QPA_PLATFORM=offscreen
fi
xvfb-run -a -s "-screen 0 1920x1920x24" ctest --preset "$preset"
