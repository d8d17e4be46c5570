#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Line features of a text dump, as the engine computes them (app/extract/text/linefeatures.cpp).

The line classifier (tools/train-line-classifier.py) is trained on these features and the engine
computes the same ones at extraction time: both sides must agree to the last digit, which
tests/extract/text/test_linefeatures.cpp checks on generated pages through `--dump`.

Lines are cut as TextPage cuts them: split at "\\n", whitespace (Qt's QChar::isSpace) trimmed at both
ends, blank lines skipped but counted, a bullet glyph or (when indented) a "12. " marker taken off the
content. Every feature is language-independent: lengths, ratios of character classes, punctuation,
position on the page and relative to the prose, the neighbours' lengths. Characters are code points.
A prose line weighs at least PROSE_WEIGHT (a spaceless script's letter weighs 2.5) and ends like a
sentence; the page features count prose lines, not their weight, so the engine weighs a line only up
to the threshold.

usage: linefeatures.py --dump PAGE.txt   one line per non-blank line: its number, then the features
"""
import math, sys, unicodedata

BULLETS = set("•☆□◦▪■○●*◆◇►▸‣⁃")
SENTENCE_ENDS = set(".!?…。！？｡؟۔।॥")
CLOSERS = set("\"'”’»)]」』›")
COMMAS = set(",，、،")
SEPARATORS = set("|·•")

NAMES = [
    "length", "weight", "tokens", "letters", "digits", "punctuation", "upper", "capitalised",
    "spaceless", "rtl", "sentence_end", "colon_end", "commas", "separators", "at_sign", "address",
    "link_markers", "copyright", "year", "digit_groups", "bullet", "indented", "blank_before",
    "blank_after", "position", "repeated", "prev_length", "next_length", "prev_sentence",
    "next_sentence", "prose_below", "prose_above", "prose_share_above", "prose_next",
    "tokens_1_2", "tokens_3_5", "tokens_6_10", "tokens_11_20", "tokens_21_40", "tokens_over_40",
]
# Upper ends of the token-count bands (a title's length is a band, not "the longer the better").
TOKEN_BANDS = [2, 5, 10, 20, 40]
COUNT = len(NAMES)
# A prose line: this heavy (a spaceless script's letter weighs 2.5) and ending like a sentence.
PROSE_WEIGHT = 100
PROSE_DISTANCE = 10  # lines; further is as far
PROSE_NEXT_LINES = 5


def is_space(c):
    return c in "\t\n\v\f\r\x85" or unicodedata.category(c) in ("Zs", "Zl", "Zp")


def is_spaceless(o):
    return (0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF or 0x3040 <= o <= 0x30FF
            or 0x31F0 <= o <= 0x31FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0xFF66 <= o <= 0xFF9F or 0x20000 <= o <= 0x2FFFF)


def is_rtl(o):
    return 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def numbered_marker(s):
    i = 0
    while i < len(s) and i < 3 and s[i].isdigit() and unicodedata.category(s[i]) == "Nd":
        i += 1
    if i == 0 or i + 1 >= len(s) or s[i] != "." or s[i + 1] != " ":
        return 0
    return i + 2


def split_lines(text):
    """The non-blank lines as TextPage cuts them: (content, indent, bullet, blank lines before)."""
    out = []
    blanks = 0
    for raw in text.split("\n"):
        stop = len(raw)
        while stop > 0 and is_space(raw[stop - 1]):
            stop -= 1
        start = 0
        while start < stop and is_space(raw[start]):
            start += 1
        if start == stop:
            blanks += 1
            continue
        indent = start
        marker = 0
        if raw[start] in BULLETS and (start + 1 == stop or is_space(raw[start + 1])):
            marker = 1
        elif start > 0:
            marker = numbered_marker(raw[start:stop])
        if marker:
            start += marker
            while start < stop and is_space(raw[start]):
                start += 1
        out.append((raw[start:stop], indent, marker > 0, blanks))
        blanks = 0
    return out


def ends_like_sentence(s):
    i = len(s) - 1
    while i >= 0 and (s[i] in CLOSERS or ord(s[i]) in (0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069)):
        i -= 1
    return i >= 0 and s[i] in SENTENCE_ENDS


def clip(value, limit):
    return min(value, limit) / limit


def own_features(s):
    """Features of one line's content: (list, weight, sentence end, tokens)."""
    n = len(s)
    letters = digits = punct = upper = cased = spaceless = rtl = commas = separators = 0
    markers = digit_groups = 0
    year = 0
    run = 0  # the current run of digits
    for k, c in enumerate(s):
        o = ord(c)
        cat = unicodedata.category(c)
        if cat[0] == "L":
            letters += 1
            if cat in ("Lu", "Lt"):
                upper += 1
                cased += 1
            elif cat == "Ll":
                cased += 1
            spaceless += is_spaceless(o)
            rtl += is_rtl(o)
        elif cat[0] == "P":
            punct += 1
        if cat == "Nd":
            digits += 1
            run += 1
        else:
            if run:
                digit_groups += 1
                if run == 4 and s[k - 4:k - 2] in ("19", "20"):
                    year = 1
            run = 0
        if c in COMMAS:
            commas += 1
        if c in SEPARATORS:
            separators += 1
        if c == "[" and k + 2 < n and unicodedata.category(s[k + 1]) == "Nd":
            j = k + 1
            while j < n and unicodedata.category(s[j]) == "Nd":
                j += 1
            markers += j < n and s[j] == "]"
    if run:
        digit_groups += 1
        if run == 4 and s[n - 4:n - 2] in ("19", "20"):
            year = 1
    tokens = capital_tokens = cased_tokens = 0
    in_token = False
    for c in s:
        if is_space(c):
            in_token = False
            continue
        if not in_token:
            tokens += 1
            cat = unicodedata.category(c)
            if cat in ("Lu", "Lt", "Ll"):
                cased_tokens += 1
                capital_tokens += cat != "Ll"
        in_token = True
    weight = n + 1.5 * spaceless
    sentence = ends_like_sentence(s)
    f = [
        math.log1p(n) / 6, math.log1p(weight) / 6, math.log1p(tokens) / 5,
        letters / n if n else 0.0, digits / n if n else 0.0, punct / n if n else 0.0,
        upper / cased if cased else 0.0, capital_tokens / cased_tokens if cased_tokens else 0.0,
        spaceless / letters if letters else 0.0, rtl / letters if letters else 0.0,
        float(sentence), float(s.endswith(":")), clip(commas, 5), clip(separators, 5),
        float("@" in s), float("://" in s or "www." in s), clip(markers, 5), float("©" in s),
        float(year), clip(digit_groups, 6),
    ]
    return f, weight, sentence, tokens


def bands(tokens):
    """One-hot band of a token count (all zero for none)."""
    out = [0.0] * (len(TOKEN_BANDS) + 1)
    if tokens:
        out[sum(tokens > top for top in TOKEN_BANDS)] = 1.0
    return out


def page_features(text):
    """(line content, features) of each non-blank line of a dump."""
    lines = split_lines(text)
    own = [own_features(content) for content, _, _, _ in lines]
    repeats = {}
    for content, _, _, _ in lines:
        repeats[content] = repeats.get(content, 0) + 1
    prose = [weight >= PROSE_WEIGHT and sentence for _, weight, sentence, _ in own]
    total_prose = sum(prose)
    count = len(lines)
    # Distance to the nearest prose line below and above, in non-blank lines.
    below = [PROSE_DISTANCE] * count
    nearest = None
    for i in range(count - 1, -1, -1):
        if nearest is not None:
            below[i] = min(nearest - i, PROSE_DISTANCE)
        if prose[i]:
            nearest = i
    above = [PROSE_DISTANCE] * count
    nearest = None
    for i in range(count):
        if nearest is not None:
            above[i] = min(i - nearest, PROSE_DISTANCE)
        if prose[i]:
            nearest = i
    out = []
    prose_above = 0
    for i, (content, indent, bullet, blank_before) in enumerate(lines):
        f, weight, sentence, tokens = own[i]
        blank_after = lines[i + 1][3] if i + 1 < count else 3
        prev_f = own[i - 1] if i > 0 else None
        next_f = own[i + 1] if i + 1 < count else None
        prose_next = sum(prose[i + 1:i + 1 + PROSE_NEXT_LINES])
        f = f + [
            float(bullet), float(indent > 0), clip(blank_before, 3), clip(blank_after, 3),
            i / (count - 1) if count > 1 else 0.0, clip(repeats[content] - 1, 3),
            math.log1p(prev_f[1]) / 6 if prev_f else 0.0, math.log1p(next_f[1]) / 6 if next_f else 0.0,
            float(prev_f[2]) if prev_f else 0.0, float(next_f[2]) if next_f else 0.0,
            below[i] / PROSE_DISTANCE, above[i] / PROSE_DISTANCE,
            prose_above / total_prose if total_prose else 0.0, prose_next / PROSE_NEXT_LINES,
        ] + bands(tokens)
        prose_above += prose[i]
        out.append((content, f))
    return out


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "--dump":
        print(__doc__)
        return 2
    with open(sys.argv[2], encoding="utf-8", newline="") as f:
        text = f.read()
    for i, (_, f) in enumerate(page_features(text)):
        print(i, " ".join(f"{v:.9g}" for v in f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
