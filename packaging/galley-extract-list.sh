#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The worker side of a crawl-scale run (docs/scale.md): reads capture locations one per line on standard
# input (a Hadoop Streaming mapper's or Spark RDD.pipe()'s input), streams each one into
# `galley extract -` and prints the JSON Lines of all of them on standard output, in input order.
#
#   galley-extract-list.sh [--jobs N]      (stdin: one location per line; stdout: JSON Lines)
#
# A location is a local path, hdfs://..., s3://... or http(s)://...; set GALLEY_FETCH to a command that
# prints the bytes of "$1" to use anything else. A line "KEY<TAB>LOCATION" (Hadoop's NLineInputFormat
# passes the line's offset as key) is read as LOCATION. Each record's source.path is the location.
# GALLEY is the galley to run (default: the one beside this script, else galley on PATH).
#
# Problems inside a capture (a broken record, bytes replaced by U+FFFD) are printed on stderr, as galley
# prints them, and do not fail the task: a crawl always has some. A location that cannot be fetched, or
# galley stopping abnormally, does (exit 1), so the framework retries the task.
set -uo pipefail

jobs=1
if [ "${1:-}" = --jobs ] && [ $# -ge 2 ]; then
  jobs=$2
  shift 2
fi
[ $# -eq 0 ] || { echo "usage: $0 [--jobs N] < locations" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
galley=${GALLEY:-$here/galley}
[ -x "$galley" ] || galley=$(command -v galley) || { echo "$0: galley not found (set GALLEY)" >&2; exit 2; }

fetch() {
  if [ -n "${GALLEY_FETCH:-}" ]; then
    $GALLEY_FETCH "$1"
    return
  fi
  case "$1" in
    hdfs://*) hdfs dfs -cat "$1" ;;
    s3://*) aws s3 cp --quiet "$1" - ;;
    http://* | https://*) curl -fsSL "$1" ;;
    *) cat -- "$1" ;;
  esac
}

failed=0
while IFS= read -r line || [ -n "$line" ]; do
  location=${line#*$'\t'}
  location=${location%$'\r'}
  [ -n "$location" ] || continue
  fetch "$location" | "$galley" extract --jobs "$jobs" --stdin-name "$location" -
  statuses=("${PIPESTATUS[@]}")
  if [ "${statuses[0]}" -ne 0 ]; then
    echo "galley: $location: cannot fetch (exit ${statuses[0]})" >&2
    failed=1
  fi
  # galley: 0 all read, 1 problems inside the capture (printed), anything else an abnormal stop.
  [ "${statuses[1]}" -le 1 ] || failed=1
done
exit $failed
