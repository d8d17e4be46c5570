#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains the text line classifier (headline, byline, body, other) from the corpus gold and writes its
weights as JSON (resources/data/lineclassifier.json, which the engine compiles in).

usage: train-line-classifier.py CORPUS_DIR OUT.json [--folds DIR]

The lines are those of the unwrapped text dumps (`article-text/`, `meta-text/`), cut and measured by
tools/linefeatures.py exactly as the engine does (app/extract/text/linefeatures.cpp). Labels come from
the gold, matched on whitespace-collapsed, case-folded text:
- headline: the line is the gold headline or title (or holds it, as a table row "Title    Home" does);
- byline: a line of at most 200 characters naming a gold byline or author;
- body: a line of the gold article body (article pages), or a line holding a snippet the gold says must
  be in the body (meta pages);
- other: the rest. On meta pages, whose gold names only a few snippets, a long line that holds none of
  them is left out (it may be body or not); a line holding a snippet that must not be in the body is other.

The model is a multinomial logistic regression (scikit-learn, lbfgs: the same data gives the same
weights). --folds DIR also writes DIR/fold-N.json for N = 0..4, each trained with the pages of fold N
left out (corpus/folds.json), for out-of-fold figures.
"""
import json, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import linefeatures  # noqa: E402

CLASSES = ["other", "headline", "byline", "body"]
LONG_LINE = 80  # characters: a meta page's line this long, holding no gold snippet, is not labelled


def norm(s):
    return " ".join(s.split()).casefold()


def is_title(line, title):
    return bool(title) and (line == title or (title in line and len(line) <= 1.5 * len(title)))


def names_of(value):
    if not value:
        return []
    parts = value if isinstance(value, list) else re.split(r"[;,]", value)
    return [norm(p) for p in parts if len(norm(p)) >= 3]


def header_label(line, title, names):
    """1 (headline) or 2 (byline) for a line of the story's header, else None."""
    if is_title(line, title):
        return 1
    if len(line) <= 200 and any(n in line for n in names):
        return 2
    return None


def label_article(lines, fields, body):
    title = norm(fields.get("headline") or "")
    names = names_of(fields.get("bylines"))
    body = norm(body or "")
    out = []
    for content in lines:
        line = norm(content)
        header = header_label(line, title, names)
        if header:
            out.append((header, 1.0))
        elif len(line) >= 10 and line in body:
            out.append((3, 1.0))
        else:
            out.append((0, 1.0))
    return out


def label_meta(lines, gold):
    title = norm(gold.get("title") or "")
    names = names_of(gold.get("author"))
    with_ = [norm(s) for s in gold.get("with") or [] if norm(s)]
    without = [norm(s) for s in gold.get("without") or [] if norm(s)]
    out = []
    for content in lines:
        line = norm(content)
        header = header_label(line, title, names)
        if header:
            out.append((header, 1.0))
        elif any(s in line for s in with_):
            out.append((3, 1.0))
        elif any(s in line for s in without) or len(line) < LONG_LINE:
            out.append((0, 1.0))
        else:
            out.append((0, 0.0))
    return out


def samples(corpus):
    """Features, labels and weights of every labelled line, and the fold of its page."""
    folds = json.load(open(corpus / "folds.json"))
    fields = json.load(open(corpus / "article-fields.json"))
    bodies = json.load(open(corpus / "article-gold.json"))
    meta = json.load(open(corpus / "meta-gold.json"))
    pages = []
    for path in sorted((corpus / "article-text").glob("*.txt")):
        key = path.stem
        if key in fields:
            pages.append((path, folds["article"].get(key), lambda lines, k=key: label_article(lines, fields[k], bodies.get(k, {}).get("articleBody"))))
    for path in sorted((corpus / "meta-text").glob("*.txt")):
        key = path.name[:-4]
        if key in meta:
            pages.append((path, folds["meta"].get(key), lambda lines, k=key: label_meta(lines, meta[k])))
    X, y, w, fold = [], [], [], []
    for path, page_fold, label in pages:
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            page = linefeatures.page_features(f.read())
        for (content, f), (cls, weight) in zip(page, label([c for c, _ in page])):
            if weight > 0:
                X.append(f)
                y.append(cls)
                w.append(weight)
                fold.append(page_fold)
    return X, y, w, fold


def train(X, y, w, out, excluded):
    from sklearn.linear_model import LogisticRegression  # training only: not a build dependency

    model = LogisticRegression(C=1.0, max_iter=5000, tol=1e-8)
    model.fit(X, y, sample_weight=w)
    weights = {
        "comment": "Text line classifier: multinomial logistic regression over the features of "
                   "app/extract/text/linefeatures.h (tools/linefeatures.py). Generated by "
                   "tools/train-line-classifier.sh from ../shared/corpus; do not edit by hand.",
        "features": linefeatures.NAMES,
        "classes": [CLASSES[c] for c in model.classes_],
        "lines": len(y),
        "excludedFold": excluded,
        "intercept": [round(float(b), 6) for b in model.intercept_],
        "weights": [[round(float(v), 6) for v in row] for row in model.coef_],
    }
    out.write_text(json.dumps(weights, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {CLASSES[c]: y.count(c) for c in sorted(set(y))}
    print(f"train-line-classifier: {len(y)} lines {counts}, fold {excluded} left out -> {out}", file=sys.stderr)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folds = None
    if "--folds" in sys.argv:
        folds = Path(sys.argv[sys.argv.index("--folds") + 1])
        args.remove(str(folds))
    if len(args) != 2:
        print(__doc__)
        return 2
    corpus, out = Path(args[0]), Path(args[1])
    X, y, w, fold = samples(corpus)
    train(X, y, w, out, None)
    if folds:
        folds.mkdir(parents=True, exist_ok=True)
        for n in range(5):
            keep = [i for i, f in enumerate(fold) if f != n]
            train([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep], folds / f"fold-{n}.json", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
