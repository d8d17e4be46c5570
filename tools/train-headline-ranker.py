#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains the text headline ranker from the corpus gold and writes it as JSON
(resources/data/headlineranker.json, which the engine compiles in).

usage: train-headline-ranker.py DUMP_TOOL CORPUS_DIR OUT.json [--folds DIR]

DUMP_TOOL is the engine's own dump_headlinecandidates (built with the tests): it extracts every text
dump of `article-text/`, `meta-text/` and `article-text-80/` and prints the headline finder's candidate
lines with their features, so the features are the engine's by construction. A candidate is labelled
the headline when its text is the gold headline (article pages) or title (meta pages), whitespace
collapsed and case folded; pages where no candidate is (the title is not printed as a line, or outside
the finder's window) teach nothing and are left out.

The model is scikit-learn's GradientBoostingClassifier (fixed seed: the same corpus gives the same
file). Article pages weigh ARTICLE_WEIGHT times a meta page's lines: there are five times fewer of
them, and the two kinds of page should count alike. The wrapped dumps are left out of training (they
are the unwrapped pages again, through the reflow) and kept for the report below.

--folds DIR also writes DIR/fold-N.json for N = 0..4, each trained with the pages of fold N left out
(corpus/folds.json), and prints the out-of-fold accuracy of picking each page's top candidate.
"""
import json, subprocess, sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier

SETS = ("article-text", "meta-text", "article-text-80")
PARAMS = dict(n_estimators=100, max_depth=3, learning_rate=0.1, min_samples_leaf=15, subsample=1.0,
              random_state=0)
ARTICLE_WEIGHT = 4.0


def norm(s):
    return " ".join((s or "").split()).casefold()


def load_pages(tool, corpus):
    meta = json.load(open(corpus / "meta-gold.json"))
    articles = json.load(open(corpus / "article-fields.json"))
    folds = json.load(open(corpus / "folds.json"))
    pages = []
    for name in SETS:
        files = sorted(str(p) for p in (corpus / name).iterdir() if p.is_file())
        run = subprocess.run([tool, *files], capture_output=True, text=True, check=True)
        for line in run.stdout.splitlines():
            row = json.loads(line)
            key = Path(row["path"]).name[: -len(".txt")]
            kind = "meta" if name == "meta-text" else "article"
            gold = meta.get(key, {}).get("title") if kind == "meta" else articles.get(key, {}).get("headline")
            if not gold:
                continue
            cands = row["candidates"]
            pages.append({"set": name, "fold": folds[kind].get(key),
                          "X": np.array([c["features"] for c in cands], dtype=float).reshape(len(cands), -1),
                          "y": np.array([norm(c["text"]) == norm(gold) for c in cands], dtype=int)})
    return pages


def fit(pages):
    train = [p for p in pages if p["set"] != "article-text-80" and p["y"].sum() > 0]
    X = np.vstack([p["X"] for p in train])
    y = np.concatenate([p["y"] for p in train])
    w = np.concatenate([np.full(len(p["y"]), 1.0 if p["set"] == "meta-text" else ARTICLE_WEIGHT) for p in train])
    return GradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=w), X


def export(model, X, names, out):
    rate = model.learning_rate
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append({"feature": [int(f) if l >= 0 else -1 for f, l in zip(t.feature, t.children_left)],
                      "threshold": [float(v) for v in t.threshold],
                      "left": [int(v) for v in t.children_left], "right": [int(v) for v in t.children_right],
                      "value": [float(v) * rate for v in t.value[:, 0, 0]]})
    # The starting log-odds: what the trees leave of the model's own decision on one row.
    first = X[:1]
    bias = float(model.decision_function(first)[0] - sum(rate * e.predict(first.astype(np.float32))[0]
                                                         for e in model.estimators_[:, 0]))
    table = {"comment": "Text headline ranker: gradient-boosted trees over the features of "
                        "app/extract/text/headlinefinder.cpp, written by tools/train-headline-ranker.sh "
                        "from the corpus gold. Do not edit by hand.",
             "features": names, "bias": bias, "trees": trees}
    out.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    # The file must give the model's own decisions (features compared as 32-bit floats, as sklearn does).
    check = np.asarray(X[:2000], dtype=np.float32).astype(float)
    mine = np.full(len(check), bias)
    for tree in trees:
        for r, row in enumerate(check):
            n = 0
            while tree["feature"][n] >= 0:
                n = tree["left"][n] if row[tree["feature"][n]] <= tree["threshold"][n] else tree["right"][n]
            mine[r] += tree["value"][n]
    assert np.allclose(mine, model.decision_function(X[:2000]), atol=1e-9), "exported trees disagree"


def main():
    args = [a for a in sys.argv[1:]]
    folds_dir = None
    if "--folds" in args:
        folds_dir = Path(args[args.index("--folds") + 1])
        args.remove("--folds")
        args.remove(str(folds_dir))
    tool, corpus, out = args[0], Path(args[1]), Path(args[2])
    names = json.loads(subprocess.run([tool, "--features"], capture_output=True, text=True, check=True).stdout)
    pages = load_pages(tool, corpus)
    model, X = fit(pages)
    export(model, X, names, out)
    print(f"{out}: {len(model.estimators_)} trees over {X.shape[1]} features, {X.shape[0]} candidate lines")
    if folds_dir:
        folds_dir.mkdir(parents=True, exist_ok=True)
        right = {}
        for n in range(5):
            m, Xn = fit([p for p in pages if p["fold"] != n])
            export(m, Xn, names, folds_dir / f"fold-{n}.json")
            for p in pages:
                if p["fold"] == n:
                    hit = len(p["y"]) > 0 and p["y"][int(np.argmax(m.decision_function(p["X"])))]
                    right.setdefault(p["set"], []).append(bool(hit))
        for name, hits in right.items():
            print(f"{name}: top candidate right out of fold on {sum(hits)}/{len(hits)} pages "
                  f"({sum(hits) / len(hits):.3f}; before the finder's last step)")


if __name__ == "__main__":
    main()
