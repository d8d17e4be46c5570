#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of the capture readers (packaging/setup.sh fuzz: clang, ASan + UBSan) and
# runs each one for a while, seeded from the checked-in capture fixtures.
#
#   packaging/run-fuzzers.sh [SECONDS]    seconds per target (default 60, or $GALLEY_FUZZ_SECONDS)
#
# Exits non-zero if any target crashes, leaks, times out on one input or exceeds the memory limit; the
# input that did it is kept in build/fuzz/artifacts/ to replay with `build/fuzz/tests/fuzz/TARGET FILE`.
# The fixtures are only read: new corpus entries go to a temporary folder.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
seconds=${1:-${GALLEY_FUZZ_SECONDS:-60}}
targets=(fuzz_textdecoder fuzz_mhtml fuzz_warc fuzz_http fuzz_gzip)

packaging/setup.sh fuzz

bin=build/fuzz/tests/fuzz
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT

failed=()
for target in "${targets[@]}"; do
  echo "galley fuzz: $target for ${seconds}s" >&2
  mkdir -p "$corpus/$target"
  # -timeout: one input may take 10 s at most (a hang is a failure); -rss_limit_mb: a reader must stay
  # bounded even on hostile input; -max_len: 1 MB inputs reach every size check of the readers.
  if ! "$bin/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=1048576 \
       -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
       "$corpus/$target" tests/data/capture 2> "$corpus/$target.log"; then
    tail -n 40 "$corpus/$target.log" >&2
    failed+=("$target")
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$corpus/$target.log" | sed "s/^/  /" >&2 || true
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "galley fuzz: FAILED: ${failed[*]} (inputs in $artifacts/)" >&2
  exit 1
fi
echo "galley fuzz: all ${#targets[@]} targets ran ${seconds}s each without a failure" >&2
