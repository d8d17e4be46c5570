// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/boundarylines.h"

#include "extract/common/textscan.h"

#include <array>
#include <vector>

namespace galley {

namespace {

// English, German, French, Spanish, Italian, Portuguese, Dutch labels of the parts after an article.
const QStringView Labels[] = {u"related",
                              u"more from",
                              u"more on",
                              u"more stories",
                              u"read next",
                              u"recommended",
                              u"you may also like",
                              u"you might also like",
                              u"you may like",
                              u"also read",
                              u"see also",
                              u"most popular",
                              u"most read",
                              u"latest news",
                              u"latest stories",
                              u"top stories",
                              u"leave a reply",
                              u"leave a comment",
                              u"post a comment",
                              u"comments",
                              u"comment",
                              u"reply",
                              u"join the conversation",
                              u"previous post",
                              u"next post",
                              u"previous article",
                              u"next article",
                              u"tags",
                              u"filed under",
                              u"about the author",
                              u"about us",
                              u"keep up to date",
                              u"weitere artikel",
                              u"mehr zum thema",
                              u"lesen sie auch",
                              u"das könnte sie auch",
                              u"kommentare",
                              u"articles similaires",
                              u"à lire aussi",
                              u"commentaires",
                              u"lire aussi",
                              u"artículos relacionados",
                              u"comentarios",
                              u"te puede interesar",
                              u"leia também",
                              u"comentários",
                              u"notizie correlate",
                              u"commenti",
                              u"leggi anche",
                              u"gerelateerd",
                              u"reacties",
                              u"lees ook"};

} // namespace

bool isSectionBoundary(QStringView line, int words)
{
    // Labels are short: a long line is never one, whatever its word count.
    if (words == 0 || words > 6 || line.isEmpty() || line.size() > 60)
        return false;
    // Asked of every line of a page, most of them short menu entries: the labels are bucketed by their
    // first letter (ASCII; the rest share bucket 0), so a line is compared with a handful at most.
    static const auto buckets = [] {
        std::array<std::vector<QStringView>, 128> b;
        for (QStringView label : Labels)
            b[label.front().unicode() < 128 ? label.front().unicode() : 0].push_back(label);
        return b;
    }();
    const QChar first = line.front().toLower();
    if (first.isDigit()) {
        // "1 comment", "12 Comments": a comment counter opens the thread.
        const qsizetype space = line.indexOf(u' ');
        if (space <= 0 || !line.mid(space + 1).startsWith(u"comment", Qt::CaseInsensitive))
            return false;
        for (QChar c : line.first(space)) {
            if (!c.isDigit())
                return false;
        }
        return true;
    }
    for (QStringView label : buckets[first.unicode() < 128 ? first.unicode() : 0]) {
        if (label.front() == first && line.size() >= label.size() &&
            textscan::startsWithFolded(line, label) &&
            (line.size() == label.size() || !line[label.size()].isLetter()))
            return true;
    }
    return false;
}

} // namespace galley
