#!/usr/bin/env bash
# Builds ReviewDesk and runs it. Until the desktop application lands, "running"
# means the command-line tool on demonstration data: create a demo database,
# then list every deadline as of today.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
database="${REVIEWDESK_DEMO_DATABASE:-build/demo.sqlite}"
if [ ! -e "$database" ]; then
  build/bin/reviewdesk-cli --database "$database" demo --cases 40 --seed 1
fi
build/bin/reviewdesk-cli --database "$database" deadlines --open
