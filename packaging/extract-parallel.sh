#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Extracts every capture file in a folder (a crawl's WARC.gz files, or any capture galley reads) with
# GNU parallel, one `galley extract` per file, into one JSON Lines file: the same records as one
# `galley extract FOLDER` prints (in the same order: parallel keeps the order of the sorted file list).
#
#   packaging/extract-parallel.sh [-j JOBS] [--galley PATH] FOLDER OUT.jsonl
#
# JOBS defaults to the number of cores; PATH to `galley` on PATH, else build/dev/app/galley. Files are the
# ones `galley extract FOLDER` reads: capture suffixes, searched recursively, hidden names skipped. Each
# problem is printed as galley prints it and the others are still processed. OUT is written only when all
# is done (through a temporary file beside it), so a stopped run leaves no half file under its name.
# Exit status: 0 when every file was read, 1 when some file had a problem, 2 on wrong usage.
# Debian 12: apt-get install parallel. docs/scale.md shows the same job on Hadoop and Spark.
set -euo pipefail

usage() {
  echo "usage: $0 [-j JOBS] [--galley PATH] FOLDER OUT.jsonl" >&2
  exit 2
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc)
galley=$(command -v galley || echo "$here/build/dev/app/galley")
while [ $# -gt 0 ]; do
  case "$1" in
    -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    --galley) [ $# -ge 2 ] || usage; galley=$2; shift 2 ;;
    -*) usage ;;
    *) break ;;
  esac
done
[ $# -eq 2 ] || usage
folder=${1%/}
out=$2
[ -d "$folder" ] || { echo "$0: $folder: not a folder" >&2; exit 2; }
[ -x "$galley" ] || { echo "$0: $galley: galley not found (use --galley PATH)" >&2; exit 2; }
command -v parallel >/dev/null || { echo "$0: GNU parallel is not installed (apt-get install parallel)" >&2; exit 2; }

tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT

# The file list, sorted by bytes as galley sorts a folder's files.
mapfile -d '' files < <(LC_ALL=C find "$folder" -mindepth 1 -name '.*' -prune -o -type f \
  \( -iname '*.txt' -o -iname '*.html' -o -iname '*.htm' -o -iname '*.xhtml' -o -iname '*.mhtml' \
     -o -iname '*.mht' -o -iname '*.warc' -o -iname '*.gz' \) -print0 | LC_ALL=C sort -z)
if [ ${#files[@]} -eq 0 ]; then
  echo "galley: $folder: folder holds no capture files (.txt, .html, .mhtml, .warc)" >&2
  mv "$tmp" "$out"
  exit 1
fi

# Each galley runs on one core (--jobs 1): parallel keeps every core busy with whole files, and
# --keep-order prints each file's records whole, in the order of the list.
status=0
printf '%s\0' "${files[@]}" |
  parallel --will-cite -0 --keep-order -j "$jobs" "$galley" extract --jobs 1 {} >"$tmp" || status=$?

# parallel's status is the number of galley runs that failed (capped at 101); galley's usage errors
# cannot happen here, so any failure is a problem with some file, already printed.
mv "$tmp" "$out"
trap - EXIT
[ "$status" -eq 0 ] || exit 1
