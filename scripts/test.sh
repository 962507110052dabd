#!/usr/bin/env bash
# Builds ReviewDesk and runs every test (unit, CLI end to end) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 600
