#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Retrains the text line classifier from the corpus gold and writes resources/data/lineclassifier.json
# (the shipped weights: the same corpus gives the same file, byte for byte).
#
#   tools/train-line-classifier.sh [CORPUS_DIR]                 default: ../shared/corpus beside the checkout
#   tools/train-line-classifier.sh --folds OUT_DIR [CORPUS_DIR]  also OUT_DIR/fold-N.json, each trained with
#                                                                fold N left out, for out-of-fold figures:
#       tests/quality/foldreport.py build/dev/app/galley CORPUS SET... --line-models OUT_DIR
#
# Needs scikit-learn (Debian's python3-sklearn: packaging/setup.sh train installs it). Not part of the build.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
folds=""
if [ "${1:-}" = --folds ]; then
  folds=$2
  shift 2
fi
corpus=${1:-$here/../shared/corpus}
# Debian's interpreter, which has python3-sklearn, before one earlier on PATH that may not.
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
"$python" "$here/tools/train-line-classifier.py" "$corpus" "$here/resources/data/lineclassifier.json" \
  ${folds:+--folds "$folds"}
