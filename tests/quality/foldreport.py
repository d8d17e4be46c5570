#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-fold figures of one or more corpus sets, from one extraction run per set.

usage: foldreport.py GALLEY CORPUS_DIR SET [SET...] [--json] [--against BEFORE.json] [--line-models DIR]
                    [--headline-models DIR]

The corpus is split by site into five folds (CORPUS_DIR/folds.json). A rule tuned while looking at
four folds is judged on the fifth: run this before and after a change and compare the fold you did not
look at (and every fold's spread, which shows a gain that only one site carries). Scores come from the
shared scorer (../shared/score.py beside evaluate.py), so each fold's figure is what
`evaluate.py --only SET --fold N` prints, without running the extractor five times.

--against BEFORE.json (an earlier --json output) judges a change out of fold: for each fold, the change
is kept when it does better than before on the other four folds together (their pages weighted), and
the fold's figure is then the new one, else the old one. The "oof" row combines the five folds so
chosen (weighted by their pages): what the change is worth on sites it was not judged on.

--line-models DIR (models made by `tools/train-line-classifier.sh --folds DIR`) extracts the pages of
each fold N with the line classifier trained without fold N (GALLEY_LINE_MODEL=DIR/fold-N.json): every
row is then an out-of-fold figure of the learned part.

--headline-models DIR does the same for the headline ranker (`tools/train-headline-ranker.sh --folds
DIR`, GALLEY_HEADLINE_MODEL); both options may be given together.
"""
import json, os, subprocess, sys
from pathlib import Path

FIGURES = {
    "body": [("body F1", ("body", "f1"))],
    "fields": [("headline", ("fields", "headline_accuracy")),
               ("bylines", ("fields", "bylines_page_accuracy")),
               ("credit", ("fields", "credit_f1")),
               ("captions", ("fields", "captions_f1")),
               ("date", ("fields", "date_accuracy"))],
    "meta": [("title", ("meta", "title", "accuracy")), ("author", ("meta", "author", "accuracy")),
             ("date", ("meta", "date", "accuracy")), ("snippets F1", ("meta", "body_snippets", "f1"))],
}


def extract(galley, folder, env=None, only=None):
    files = sorted(str(p) for p in Path(folder).iterdir() if p.is_file() and (only is None or only(p.name)))
    if not files:
        return {}
    out = subprocess.run([galley, "extract", *files], capture_output=True, text=True,
                         env={**os.environ, **(env or {})}).stdout
    recs = {}
    for line in out.split("\n"):
        if line.strip():
            r = json.loads(line)
            recs.setdefault(Path(r["source"]["path"]).name, r)
    return recs


def stem(name, kind):
    if kind == "meta":
        return name[:-4] if name.endswith(".txt") else name
    for ext in (".html", ".txt"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def score_set(score, corpus, kind, recs, keys):
    if kind == "article":
        pred = {stem(k, kind): r for k, r in recs.items()}
        gold = {k: v for k, v in json.load(open(corpus / "article-gold.json")).items() if k in keys}
        fields = {k: v for k, v in json.load(open(corpus / "article-fields.json")).items() if k in keys}
        return {"body": score.body(gold, {k: {"articleBody": r.get("text") or ""} for k, r in pred.items()}),
                "fields": score.fields(fields, pred)}
    gold = {k: v for k, v in json.load(open(corpus / "meta-gold.json")).items() if k in keys}
    pred = {}
    for k, r in recs.items():
        by = [b for b in r.get("bylines") or [] if b]
        pred[stem(k, kind)] = {"author": "; ".join(by) if by else r.get("credit"), "title": r.get("headline"),
                               "date": str(r.get("published") or "")[:10], "text": r.get("text") or ""}
    return {"meta": score.meta(gold, pred)}


def pick(result, path):
    for key in path:
        result = result.get(key, {}) if isinstance(result, dict) else {}
    return result if isinstance(result, (int, float)) else None


def out_of_fold(new, old, label):
    """The figure when each fold gets the change only if the other four folds say it helps."""
    size = {f: new[str(f)]["n"][label] for f in range(5)}
    total = 0.0
    for fold in range(5):
        gain = sum((new[str(f)][label] - old[str(f)][label]) * size[f] for f in range(5) if f != fold)
        chosen = new if gain > 0 else old
        total += chosen[str(fold)][label] * size[fold]
    return total / sum(size.values())


def main():
    argv = sys.argv[1:]
    for option in ("--against", "--line-models", "--headline-models"):
        if option in argv:
            at = argv.index(option)
            argv = argv[:at] + argv[at + 2:]
    # Per learned part, the environment variable that points the engine at a fold's model.
    models = {var: sys.argv[sys.argv.index(option) + 1]
              for option, var in (("--line-models", "GALLEY_LINE_MODEL"), ("--headline-models", "GALLEY_HEADLINE_MODEL"))
              if option in sys.argv}
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 3:
        print(__doc__)
        return 2
    galley, corpus, sets = args[0], Path(args[1]), args[2:]
    # The shared scorer sits beside corpus/ (or in ../shared beside the source tree, for a corpus of
    # dumps made elsewhere that links to the gold files).
    repo_shared = Path(__file__).resolve().parents[3] / "shared"
    sys.path[:0] = [str(corpus.resolve().parent), os.environ.get("GALLEY_SHARED_DIR", ""), str(repo_shared)]
    import score  # noqa: E402  (the shared reference scorer)
    folds = json.load(open(corpus / "folds.json"))
    report = {}
    for name in sets:
        kind = "meta" if name.startswith("meta") else "article"
        if models:
            recs = {}
            for fold in range(5):
                recs.update(extract(galley, corpus / name, {var: f"{d}/fold-{fold}.json" for var, d in models.items()},
                                    lambda file: folds[kind].get(stem(file, kind)) == fold))
        else:
            recs = extract(galley, corpus / name)
        rows = {}
        for fold in ["all", 0, 1, 2, 3, 4]:
            keys = {k for k, f in folds[kind].items() if fold == "all" or f == fold}
            res = score_set(score, corpus, kind, recs, keys)
            rows[str(fold)] = {label: pick(res, path) for group in res for label, path in FIGURES[group]}
            # How many pages each figure counts (its parent's "n", else the fold's pages): the weights
            # of the out-of-fold combination.
            rows[str(fold)]["n"] = {label: pick(res, path[:-1] + ("n",)) or pick(res, path[:1] + ("n",)) or len(keys)
                                    for group in res for label, path in FIGURES[group]}
        report[name] = rows
    if "--json" in sys.argv:
        print(json.dumps(report, indent=1))
        return 0
    before = None
    if "--against" in sys.argv:
        before = json.load(open(sys.argv[sys.argv.index("--against") + 1]))
    for name, rows in report.items():
        labels = [label for label in rows["all"] if label != "n"]
        print(f"{name}")
        print(f"  {'fold':6}" + "".join(f"{label:>13}" for label in labels))
        for fold, row in rows.items():
            print(f"  {fold:6}" + "".join(f"{row[l]:13.3f}" if row[l] is not None else f"{'-':>13}"
                                          for l in labels))
        if before and name in before:
            old = before[name]
            print(f"  {'delta':6}" + "".join(f"{rows['all'][l] - old['all'][l]:+13.3f}" for l in labels))
            print(f"  {'oof':6}" + "".join(f"{out_of_fold(rows, old, l):13.3f}" for l in labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
