#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a screenshot of the real window on the sample project, under a virtual X display.
#   packaging/screenshot.sh GALLEY_BINARY OUT.png
# The sample captures are imported into a fresh project (galley init + galley import) in a temporary
# folder; the shipped files are never touched.
set -euo pipefail
galley=$1 out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sample"
"$galley" init "$work/sample" >/dev/null
"$galley" import --project "$work/sample" "$here/resources/samples" >/dev/null
mkdir -p "$(dirname "$out")"
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$galley' '$work/sample' & pid=\$!
  sleep \${GALLEY_SCREENSHOT_DELAY:-8}
  # Without a window manager the window sits at the top left of a black screen: keep only the window.
  import -window root png:- | convert png:- -bordercolor black -border 1 -trim +repage '$out'
  kill \$pid"
echo "wrote $out"
