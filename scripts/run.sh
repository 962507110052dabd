#!/usr/bin/env bash
# Builds ReviewDesk and starts the desktop application on a demonstration
# register (made-up cases, no real person), created on the first run.
# REVIEWDESK_DATABASE=path/to/file.sqlite opens another register instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
database="${REVIEWDESK_DATABASE:-build/demo.sqlite}"
if [ -z "${REVIEWDESK_DATABASE:-}" ] && [ ! -e "$database" ]; then
  build/bin/reviewdesk-cli --database "$database" demo --cases 40 --seed 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting ReviewDesk on a virtual X display (xvfb-run)." >&2
  exec xvfb-run -a build/bin/reviewdesk --database "$database"
fi
exec build/bin/reviewdesk --database "$database"
