#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Galley set-up on Debian 12: installs what is missing, builds, then runs the main job or the tests.
#
#   packaging/setup.sh run    build, make the sample project (galley init + import of resources/samples)
#                             and open the window on it (batch extraction of its captures when there
#                             is no display)
#   packaging/setup.sh test   build, then run the whole test suite (CTest)
#   packaging/setup.sh deps   only install the build dependencies
#   packaging/setup.sh train  retrain the text line classifier (resources/data/lineclassifier.json) from
#                             ../shared/corpus: tools/train-line-classifier.sh (needs scikit-learn)
#
# Run as root, or as a user with sudo. A second run installs nothing and rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-run}

# Debian 12 packages the build and the tests need. Extra groups are added by mode below.
packages=(cmake ninja-build g++ pkg-config qt6-base-dev libxml2-dev zlib1g-dev libuchardet-dev libbrotli-dev libpcre2-dev
          libjemalloc-dev libssl-dev python3 libxml2-utils python3-jsonschema
          libhunspell-dev hunspell-en-us hunspell-de-de
          qt6-tools-dev qt6-l10n-tools)
# The package test (tests/packaging) builds the .deb and checks it as a distribution would.
[ "$mode" = test ] && packages+=(desktop-file-utils appstream lintian dpkg-dev)
[ "$mode" = fuzz ] && packages+=(clang libclang-rt-14-dev)
# GNU parallel: packaging/extract-parallel.sh, which the suite runs on generated archives.
case "$mode" in test | asan) packages+=(parallel) ;; esac
[ "$mode" = screenshot ] && packages+=(xvfb xauth imagemagick)
# Training only; the build and the shipped weights never need it.
[ "$mode" = train ] && packages+=(python3-sklearn)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "galley setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ "$mode" = deps ] && exit 0

# ccache speeds up rebuilds when it happens to be installed; it is not required.
command -v ccache >/dev/null && export GALLEY_CCACHE=ccache
# Qt Test gives every test the path of its folder (for QFINDTESTDATA, which no test uses): without
# this, a second checkout of the repository would recompile every test.
export CCACHE_IGNOREOPTIONS="-DQT_TESTCASE_BUILDDIR=* -DQT_TESTCASE_SOURCEDIR=*"
jobs=$(nproc)

build() {
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$jobs"
}

case "$mode" in
  run)
    build dev
    galley=build/dev/app/galley
    sample="${XDG_DATA_HOME:-$HOME/.local/share}/galley/sample"
    # The shipped samples are never touched: the main job works on a project in the user's data folder,
    # made with galley init and filled with galley import (a no-op for samples imported before).
    if [ ! -f "$sample/galley.json" ]; then
      # An earlier version kept a plain copy of the captures here: keep it aside rather than mix it in.
      [ -d "$sample" ] && mv "$sample" "$sample.old-$(date +%Y%m%d%H%M%S)"
      "$galley" init "$sample" --name "Galley sample"
    fi
    "$galley" import --project "$sample" resources/samples
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec "$galley" "$sample"
    fi
    echo "galley setup: no display (DISPLAY/WAYLAND_DISPLAY unset); running the batch extraction of the sample instead:" >&2
    exec "$galley" extract "$sample/captures"
    ;;
  test)
    build dev
    ctest --preset dev -j "$jobs"
    ;;
  asan)
    build asan
    ctest --preset asan -j "$jobs"
    ;;
  fuzz)
    CXX=clang++ build fuzz
    ;;
  train)
    exec tools/train-line-classifier.sh
    ;;
  screenshot)
    build dev
    packaging/screenshot.sh build/dev/app/galley docs/images/galley-window.png
    ;;
  *)
    echo "usage: packaging/setup.sh run|test|asan|fuzz|screenshot|train|deps" >&2
    exit 2
    ;;
esac
