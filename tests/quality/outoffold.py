#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Out-of-fold figures: the corpus is split by site into five folds (corpus/folds.json). Rules are tuned
while looking at four folds; the fifth, never looked at, says how the rules hold on sites never seen.
This runs ../shared/evaluate.py once on the whole corpus (the in-fold figure) and once per fold, and
prints each figure per fold, the mean over the folds and the worst fold.

usage: outoffold.py GALLEY_BINARY [SHARED_DIR] [--only article-html,meta-html] [--json OUT.json]
                    [--against BASELINE.json]

--against prints the difference to an earlier --json output, so a change can be judged fold by fold.
"""
import json, subprocess, sys
from pathlib import Path

FIGURES = {
    "article-html": [
        ("body F1", "body/f1"),
        ("headline", "fields/headline_accuracy"),
        ("bylines page", "fields/bylines_page_accuracy"),
        ("credit F1", "fields/credit_f1"),
        ("captions F1", "fields/captions_f1"),
        ("photo credit", "fields/photo_credit_accuracy"),
        ("date", "fields/date_accuracy"),
    ],
    "meta-html": [
        ("author", "meta/author/accuracy"),
        ("title", "meta/title/accuracy"),
        ("date", "meta/date/accuracy"),
        ("body snippets F1", "meta/body_snippets/f1"),
    ],
}
FOLDS = range(5)


def lookup(results, path):
    value = results
    for key in path.split("/"):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def evaluate(galley, shared, sub, fold):
    args = [sys.executable, str(shared / "evaluate.py"), str(galley), str(shared / "corpus"), "--only", sub]
    if fold is not None:
        args += ["--fold", str(fold)]
    run = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)[sub]


def main():
    argv = sys.argv[1:]
    opts = {}
    for name in ("--only", "--json", "--against"):
        if name in argv:
            i = argv.index(name)
            opts[name] = argv[i + 1]
            del argv[i:i + 2]
    if not argv:
        print(__doc__)
        return 2
    galley = Path(argv[0]).resolve()
    shared = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parents[3] / "shared")
    subs = opts.get("--only", ",".join(FIGURES)).split(",")
    table = {}
    for sub in subs:
        runs = {"in-fold": evaluate(galley, shared, sub, None)}
        for fold in FOLDS:
            runs[f"fold {fold}"] = evaluate(galley, shared, sub, fold)
        for label, path in FIGURES[sub]:
            row = {name: lookup(res, path) for name, res in runs.items()}
            folds = [row[f"fold {f}"] for f in FOLDS if row[f"fold {f}"] is not None]
            row["mean of folds"] = round(sum(folds) / len(folds), 4) if folds else None
            row["worst fold"] = min(folds) if folds else None
            table[f"{sub} {label}"] = row
        table[f"{sub} pages/s"] = {"in-fold": runs["in-fold"].get("pages_per_s")}
    baseline = json.loads(Path(opts["--against"]).read_text()) if "--against" in opts else {}
    columns = ["in-fold"] + [f"fold {f}" for f in FOLDS] + ["mean of folds", "worst fold"]
    print(f"{'figure':32}" + "".join(f"{c:>14}" for c in columns))
    for name, row in table.items():
        cells = []
        for c in columns:
            v = row.get(c)
            old = (baseline.get(name) or {}).get(c)
            if v is None:
                cells.append(f"{'':>14}")
            elif isinstance(old, (int, float)) and old != v and "pages/s" not in name:
                cells.append(f"{v:>7.4f}{v - old:>+7.3f}")
            else:
                cells.append(f"{v:>14}")
        print(f"{name:32}" + "".join(cells))
    if "--json" in opts:
        Path(opts["--json"]).write_text(json.dumps(table, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
