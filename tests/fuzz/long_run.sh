#!/usr/bin/env bash
# The long fuzzing runs an issue asks for before it is resolved, the same way
# every time. Usage, from a build made with -DREVIEWDESK_FUZZ=ON:
#   tests/fuzz/long_run.sh BUILD_DIR TARGET MILLIONS [WORK_DIR]
# e.g. tests/fuzz/long_run.sh build-fuzz caseimport 10
# Copies the target's seeds into WORK_DIR (default: a new temporary folder, so
# what the run finds stays out of the repository until it is chosen for it),
# then runs MILLIONS fresh processes of one million inputs each over that one
# growing corpus. Fresh processes, and these flags, because one long process
# slows down tenfold: past half of -rss_limit_mb libFuzzer purges ASan's
# allocator every second, and ASan's store of allocation stacks keeps growing.
# Stops at the first crash, leak or hang (exit status of libFuzzer) and says
# where its input and log are. FUZZ_MAX_LEN sets -max_len (default: libFuzzer's,
# from the largest seed; the runs on record used 1024 for the CSV imports);
# FUZZ_CHUNK_RUNS the inputs per process, to try the script quickly.
set -euo pipefail

if [ $# -lt 3 ]; then
  grep '^#' "$0" | tail -n +2 | sed 's/^# \{0,1\}//'
  exit 2
fi
build=$1 target=$2 millions=$3
work=${4:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
binary=$(cd "$build" && pwd)/bin/fuzz_$target
[ -x "$binary" ] || { echo "no $binary: build it with -DREVIEWDESK_FUZZ=ON" >&2; exit 2; }

mkdir -p "$work/corpus"
cp -n "$here/corpus/$target"/* "$work/corpus/" 2>/dev/null || true
cd "$work"
chunk_runs=${FUZZ_CHUNK_RUNS:-1000000}
export ASAN_OPTIONS=allocator_release_to_os_interval_ms=-1:malloc_context_size=5
for chunk in $(seq 1 "$millions"); do
  log=$work/chunk$chunk.log
  if ! "$binary" -runs="$chunk_runs" ${FUZZ_MAX_LEN:+-max_len=$FUZZ_MAX_LEN} \
       -purge_allocator_interval=-1 -rss_limit_mb=4096 \
       -print_final_stats=1 corpus >"$log" 2>&1; then
    echo "chunk $chunk failed: see $log and the crash-/leak-/timeout- file in $work" >&2
    exit 1
  fi
  echo "$(date +%T) chunk $chunk: $(grep -E '^Done' "$log")"
done
echo "$target: $((millions * chunk_runs)) inputs, no crash, leak or hang (work folder $work)"
