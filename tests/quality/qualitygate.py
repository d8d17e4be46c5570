#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Quality gate: runs the shared evaluator over ../shared/corpus and fails when a figure drops below
its floor in floors.json.

usage: qualitygate.py GALLEY_BINARY SHARED_DIR FLOORS_JSON   (GALLEY_SHARED_DIR in the environment wins)

Floors are pinned at what main achieves (rounded down), so they only ever go up. Without the corpus
the gate says so and exits 77, which CTest reports as skipped.
"""
import json, os, subprocess, sys
from pathlib import Path

SKIPPED = 77


def lookup(results, path):
    value = results
    for key in path.split("/"):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    galley, shared, floors_path = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    # A git worktree sits elsewhere than ../shared: the environment may point at the real one.
    shared = Path(os.environ.get("GALLEY_SHARED_DIR") or shared)
    corpus = shared / "corpus"
    evaluator = shared / "evaluate.py"
    if not corpus.is_dir() or not evaluator.is_file():
        print(f"SKIPPED: the quality gate needs the shared corpus and evaluator; {corpus} or {evaluator} "
              "is missing (check out ../shared beside the source tree to run it).")
        return SKIPPED
    floors = json.loads(floors_path.read_text())["floors"]
    run = subprocess.run([sys.executable, str(evaluator), str(galley), str(corpus)],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        print("evaluate.py failed:\n" + run.stderr[-2000:])
        return 1
    results = json.loads(run.stdout)
    failures = []
    for path, floor in sorted(floors.items()):
        value = lookup(results, path)
        verdict = "ok"
        if not isinstance(value, (int, float)):
            verdict = "MISSING"
            failures.append(path)
        elif value < floor:
            verdict = "BELOW FLOOR"
            failures.append(path)
        print(f"{path:55} {value!s:>8}  floor {floor:.4f}  {verdict}")
    for sub, res in results.items():
        # Exit 1 with a record for every page means galley reported damaged bytes (real pages carry a
        # few invalid UTF-8 bytes, decoded to U+FFFD as a browser does): the figures still count.
        if res.get("exit") not in (0, 1, None) or res.get("records") != res.get("pages"):
            print(f"{sub}: galley exit {res.get('exit')}, {res.get('records')} records for {res.get('pages')} pages")
            failures.append(sub)
    if failures:
        print(f"FAILED: {len(failures)} figure(s) dropped: " + ", ".join(failures))
        return 1
    print(f"all {len(floors)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
