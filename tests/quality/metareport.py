#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-page misses of the meta-html fields (author, title, date), gold beside ours, with the signal
our value came from, to find general causes of errors (never to tune to a page: the figures are judged
on a held-out half of the same sources).

usage: metareport.py GALLEY CORPUS_DIR author|title|date [--set meta-html|meta-text] [--save PRED.json]
                     [--against OLD.json]

--set meta-text reads the text dumps of the same pages (gold keys without the ".txt").

--save keeps the predictions; --against OLD.json prints only the pages whose verdict changed since then.
Matching is the scorer's: whitespace folded, NFC, casefolded, bylines joined by "; " (credit if none).
"""
import json, sys, unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bodyreport import extract  # noqa: E402


def norm(s):
    if s is None:
        return ""
    if isinstance(s, list):
        s = "; ".join(s)
    return " ".join(unicodedata.normalize("NFC", str(s)).split()).casefold()


def predictions(galley, folder):
    pred = {}
    for stem, r in extract(galley, folder).items():
        by = [b for b in r.get("bylines") or [] if b]
        prov = r.get("provenance") or {}
        name = Path(r["source"]["path"]).name
        pred[name[:-4] if name.endswith(".html.txt") else name] = {
            "author": "; ".join(by) if by else r.get("credit"), "title": r.get("headline"),
            "date": str(r.get("published") or "")[:10],
            "via": {"author": [s.get("via") for k, v in prov.items() if k.startswith("bylines") for s in v],
                    "title": [s.get("via") for s in prov.get("headline", [])],
                    "date": [s.get("via") for s in prov.get("published", [])]}}
    return pred


def main():
    galley, corpus, field = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    gold = json.load(open(corpus / "meta-gold.json"))
    folder = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "meta-html"
    pred = predictions(galley, corpus / folder)
    if "--save" in sys.argv:
        json.dump(pred, open(sys.argv[sys.argv.index("--save") + 1], "w"))
    old = json.load(open(sys.argv[sys.argv.index("--against") + 1])) if "--against" in sys.argv else None
    ok = n = 0
    for key, g in sorted(gold.items()):
        if not g.get(field):
            continue
        p = pred.get(key, {})
        hit = norm(p.get(field)) == norm(g[field])
        n += 1
        ok += hit
        if old is not None:
            was = norm((old.get(key) or {}).get(field)) == norm(g[field])
            if was != hit:
                print("FIXED" if hit else "BROKE", key, "| gold:", g[field], "| was:",
                      (old.get(key) or {}).get(field), "| now:", p.get(field))
        elif not hit:
            print(key, "| gold:", g[field], "| ours:", p.get(field), "| via:", (p.get("via") or {}).get(field))
    print(f"{field}: {ok}/{n} = {ok / max(1, n):.4f}")


if __name__ == "__main__":
    main()
