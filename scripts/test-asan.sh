#!/usr/bin/env bash
# Builds ReviewDesk with AddressSanitizer and UBSan (the "asan" preset, into
# ./build-asan) and runs every test under them: unit, GUI, CLI end to end,
# reliability trials and the fuzz corpora. Any sanitizer report fails the test
# it happened in (exit status 86); leaks are reported too.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset asan
cmake --build --preset asan --parallel
ctest --preset asan --parallel 2 --timeout 900
