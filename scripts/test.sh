#!/usr/bin/env bash
# Builds ReviewDesk and runs every test (unit, GUI, CLI end to end, trials,
# fuzz corpora) with CTest: first the Release build in ./build, then the same
# suite built with AddressSanitizer and UBSan in ./build-asan
# (scripts/test-asan.sh). `--release-only` skips the sanitizer run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600)
if [ "${1:-}" != "--release-only" ]; then
  ./scripts/test-asan.sh
fi
