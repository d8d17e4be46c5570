#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A large wrapped text dump for memory measurements: a headline, a byline and generated prose
paragraphs wrapped at 80 columns the way `w3m -dump` prints them, until SIZE megabytes.

usage: make-big-dump.py OUT.txt [SIZE_MB]   (default 60)
"""
import random, sys, textwrap

WORDS = ("the council said on monday that a new plan for the harbour would be put to a vote after "
         "months of talks between residents and the port authority about noise traffic and jobs").split()


def paragraph(rng):
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def main():
    out, size = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    rng = random.Random(20)
    limit = int(size * 1024 * 1024)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        head = "Harbour Plan Goes to a Vote\n\nBy Jane Roe\n\n"
        f.write(head)
        written += len(head)
        while written < limit:
            block = "\n".join(textwrap.wrap(paragraph(rng), 80)) + "\n\n"
            f.write(block)
            written += len(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
