#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the stop-word tables from Debian's liblingua-stopwords-perl (the Snowball project's lists,
# Artistic or GPL-1+), one word per line, UTF-8, sorted. Run from this folder after upgrading the package.
set -eu
for lang in da de en es fi fr hu id it nl no pt ro ru sv; do
    perl -MLingua::StopWords=getStopWords -CS -e \
        '$h = getStopWords($ARGV[0], "UTF-8"); print join("\n", sort keys %$h), "\n"' "$lang" > "$lang.txt"
done
