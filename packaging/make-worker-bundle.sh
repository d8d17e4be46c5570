#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packs galley for the workers of a cluster (docs/scale.md) into one self-contained archive:
#
#   packaging/make-worker-bundle.sh [GALLEY_BINARY] OUT.tar.gz      (default: build/dev/app/galley)
#
# The archive unpacks to galley/ with
#   galley/galley                  runs galley through the bundled loader and libraries
#   galley/galley-extract-list.sh  the worker: capture locations on stdin -> JSON Lines on stdout
#   galley/lib/                    every shared library the binary needs, glibc and its loader included
#   galley/bin/galley              the binary itself
# so it runs on any x86-64 Linux, whatever its distribution and libraries. The data tables (vocabulary,
# patterns) are compiled into the binary: nothing else is needed. Hadoop ships it with
# `-archives galley-worker.tar.gz#galley-worker`, Spark with `--archives`; either unpacks it in the task's
# working folder.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ $# -eq 2 ]; then
  binary=$1
  out=$2
elif [ $# -eq 1 ]; then
  binary=$here/build/dev/app/galley
  out=$1
else
  echo "usage: $0 [GALLEY_BINARY] OUT.tar.gz" >&2
  exit 2
fi
[ -x "$binary" ] || { echo "$0: $binary: not an executable" >&2; exit 2; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/galley/bin" "$stage/galley/lib"
cp "$binary" "$stage/galley/bin/galley"
loader=
# ldd lists the whole closure: "name => /path (addr)", and the loader as "/path (addr)".
while read -r path; do
  cp -L "$path" "$stage/galley/lib/"
  case "$(basename "$path")" in ld-linux*) loader=$(basename "$path") ;; esac
done < <(ldd "$binary" | awk '/=> \// { print $3 } /^\t\/.*ld-linux/ { print $1 }')
[ -n "$loader" ] || { echo "$0: no dynamic loader found in ldd's output" >&2; exit 1; }

cat >"$stage/galley/galley" <<LAUNCHER
#!/bin/sh
# Runs the bundled galley with the bundled loader and libraries, not the host's.
here=\$(cd "\$(dirname "\$0")" && pwd)
exec "\$here/lib/$loader" --library-path "\$here/lib" "\$here/bin/galley" "\$@"
LAUNCHER
chmod +x "$stage/galley/galley"
cp "$here/packaging/galley-extract-list.sh" "$stage/galley/"
tar -C "$stage" -cf - galley | gzip -1 >"$out.tmp"
mv "$out.tmp" "$out"
echo "$out: $(du -h "$out" | cut -f1), $(ls "$stage/galley/lib" | wc -l) libraries" >&2
