#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-page body scores, worst first, to find general causes of extraction errors.

usage: bodyreport.py GALLEY CORPUS_DIR [article-html|article-text|meta-html] [--show N] [--page ID]

article-*: per-page precision/recall/F1 (the benchmark's 4-gram metric) with the largest missed and
extra text. meta-html: pages whose 'with' snippets are missing or 'without' snippets present.
--page ID prints one page's extracted blocks beside the gold text.
"""
import json, subprocess, sys
from pathlib import Path

CORPUS_SCORER = None


def extract(galley, folder):
    files = sorted(str(p) for p in Path(folder).iterdir() if p.is_file())
    out = subprocess.run([galley, "extract", *files], capture_output=True, text=True).stdout
    recs = {}
    for line in out.split("\n"):  # records may hold U+2028 and other separators raw
        if not line.strip():
            continue
        r = json.loads(line)
        recs.setdefault(Path(r["source"]["path"]).stem, r)
    return recs


def main():
    galley, corpus = sys.argv[1], Path(sys.argv[2])
    sub = sys.argv[3] if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else "article-html"
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 25
    page = sys.argv[sys.argv.index("--page") + 1] if "--page" in sys.argv else None
    sys.path.insert(0, str(corpus.parent))
    import score
    recs = extract(galley, corpus / sub)
    if sub.startswith("article"):
        gold = json.load(open(corpus / "article-gold.json"))
        if page:
            page = next(k for k in gold if k.startswith(page))
            print("GOLD:\n" + gold[page]["articleBody"] + "\n\nEXTRACTED:")
            for b in recs[page]["body"]:
                print(f"[{b['kind']}] {b['text']}")
            return
        rows = []
        for k, g in gold.items():
            pred = (recs.get(k) or {}).get("text") or ""
            tp, fp, fn = score.tp_fp_fn(g["articleBody"], pred)
            p = tp / (tp + fp) if tp + fp else 0
            r = tp / (tp + fn) if tp + fn else 0
            rows.append((2 * p * r / (p + r) if p + r else 0, p, r, k, g.get("url", "")))
        rows.sort()
        for f, p, r, k, url in rows[:show]:
            print(f"{f:.3f} P={p:.3f} R={r:.3f} {k[:16]} {url[:90]}")
        print("body:", score.body(gold, {k: {"articleBody": (v.get("text") or "")} for k, v in recs.items()}))
    else:
        gold = json.load(open(corpus / "meta-gold.json"))
        bad = 0
        for k, g in gold.items():
            key = Path(k).stem
            text = " ".join(((recs.get(key) or {}).get("text") or "").split())
            miss = [w for w in g.get("with", []) if " ".join(w.split()) not in text]
            extra = [w for w in g.get("without", []) if " ".join(w.split()) in text]
            if page and key != page:
                continue
            if miss or extra or page:
                bad += 1
                if bad <= show:
                    print(f"{k[:40]} {g.get('url', '')[:70]}")
                    for w in miss:
                        print("   MISSING:", w[:100])
                    for w in extra:
                        print("   EXTRA:  ", w[:100])
                    if page:
                        print(text[:3000])
        print("pages with problems:", bad)


if __name__ == "__main__":
    main()
