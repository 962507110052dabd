#!/usr/bin/env bash
# Configures and builds ReviewDesk (Release, unity build) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DREVIEWDESK_UNITY_BUILD=ON
cmake --build build --parallel
