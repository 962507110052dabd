#!/usr/bin/env bash
# Builds ReviewDesk and runs every test (unit, GUI, CLI end to end, trials,
# fuzz corpora) with CTest twice: on the Release build, then on a build with
# AddressSanitizer and UBSan (scripts/test-asan.sh, into ./build-asan).
# `--release-only` skips the second run, for a quicker check while working.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600)
if [ "${1:-}" != "--release-only" ]; then
  ./scripts/test-asan.sh
fi
