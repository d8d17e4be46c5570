#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Retrains the text headline ranker from the corpus gold and writes resources/data/headlineranker.json
# (the shipped model: the same corpus and engine give the same file, byte for byte).
#
#   tools/train-headline-ranker.sh [CORPUS_DIR]                 default: ../shared/corpus beside the checkout
#   tools/train-headline-ranker.sh --folds OUT_DIR [CORPUS_DIR]  also OUT_DIR/fold-N.json, each trained with
#                                                                fold N left out, for out-of-fold figures:
#       tests/quality/foldreport.py build/dev/app/galley CORPUS SET... --headline-models OUT_DIR
#
# Builds the engine's candidate dump tool (build/dev, the dev preset) and needs scikit-learn (Debian's
# python3-sklearn: packaging/setup.sh train installs it). Not part of the build.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
folds=""
if [ "${1:-}" = --folds ]; then
  folds=$2
  shift 2
fi
corpus=${1:-$here/../shared/corpus}
cd "$here"
[ -d build/dev ] || cmake --preset dev >/dev/null
cmake --build build/dev --target dump_headlinecandidates >/dev/null
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
"$python" tools/train-headline-ranker.py build/dev/tests/extract/text/dump_headlinecandidates "$corpus" \
  resources/data/headlineranker.json ${folds:+--folds "$folds"}
