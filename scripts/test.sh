#!/usr/bin/env bash
# Builds ReviewDesk (Release) and runs every test (unit, GUI, CLI end to end,
# trials, fuzz corpora) with CTest. `--asan` then runs the same suite built
# with AddressSanitizer and UBSan (scripts/test-asan.sh, into ./build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600)
if [ "${1:-}" = "--asan" ]; then
  ./scripts/test-asan.sh
fi
