// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/fallbackdate.h"

#include "extract/html/htmlspans.h"

namespace galley {

namespace {

// The body's text is searched for its first date a window of about BodyWindow bytes at a time: the
// whole text of a page near the 64 MB limit was 200 MB (its UTF-8 and UTF-16) beside the page. A
// window ends only where no date can be cut: in the middle of 2 * DigitFreeReach characters without a
// digit and without a run of more than NonLetterRun characters that are not letters. Every date match
// holds a digit, and what lies between its digits or its month name and its digits is a few bounded
// words and runs of spaces and dashes, far shorter than DigitFreeReach: no match (nor what its
// look-arounds read) reaches across such a place, so the windows find exactly the whole text's first
// date. Where no such place comes, the window grows (a page dense with figures is read whole, as
// before).
constexpr qsizetype BodyWindow = qsizetype(1) << 20;
constexpr qsizetype DigitFreeReach = 4096;
constexpr qsizetype NonLetterRun = 64;

// A place in `text` at or after `from` where a window may end, or -1.
qsizetype dateSafeCut(QStringView text, qsizetype from)
{
    qsizetype clean = qMax<qsizetype>(0, from - DigitFreeReach); // first index of the clean stretch
    qsizetype run = 0;                                           // non-letters in a row
    for (qsizetype i = clean; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool digit = c.isDigit() || c.isSurrogate(); // (a digit outside the BMP is a surrogate pair)
        run = c.isLetter() ? 0 : run + 1;
        if (digit || run > NonLetterRun)
            clean = i + 1;
        else if (i + 1 - clean >= 2 * DigitFreeReach)
            return clean + DigitFreeReach;
    }
    return -1;
}

// dates::findDate() over the text of `body` (HtmlNode::text()), read a window at a time; the date as
// it stands in the text.
QString firstDateInText(const HtmlNode &body, dates::Order order, QString *iso)
{
    QString window;  // the text not yet searched
    QByteArray utf8; // text read but not yet decoded
    QString found;
    const auto search = [&](qsizetype end) {
        const dates::DateMatch m = dates::findDate(QStringView(window).first(end), order);
        if (m.isValid()) {
            *iso = m.iso;
            found = window.mid(m.start, m.end - m.start);
        }
        return m.isValid();
    };
    body.visitTextUtf8([&](QByteArrayView node) {
        utf8.append(node);
        if (utf8.size() < BodyWindow)
            return true;
        // Decoded up to the last ASCII byte: it ends whatever sequence came before it, valid or not, so
        // the pieces decode as the whole would.
        qsizetype ascii = utf8.size() - 1;
        while (ascii >= 0 && uchar(utf8[ascii]) >= 0x80)
            --ascii;
        if (ascii < 0)
            return true;
        const qsizetype searched = window.size();
        window.append(QString::fromUtf8(QByteArrayView(utf8).first(ascii + 1)));
        utf8.remove(0, ascii + 1);
        const qsizetype cut = dateSafeCut(window, searched);
        if (cut < 0)
            return true;
        if (search(cut))
            return false;
        window.remove(0, cut);
        return true;
    });
    if (found.isEmpty()) {
        window.append(QString::fromUtf8(utf8));
        search(window.size());
    }
    return found;
}

} // namespace

DateFound fallbackDate(const HtmlSignals &page, const HtmlNode &body, dates::Order order)
{
    for (const HtmlNode &node : page.outsideDates) {
        for (const char *attr : {"datetime", "content"}) {
            const QString iso = dates::parseDate(node.attribute(attr), order);
            if (!iso.isEmpty())
                return {iso, elementSpan(node, QStringLiteral("html:time"))};
        }
        QString text;
        if (!node.textWithin(120, &text))
            continue;
        text = std::move(text).simplified();
        if (text.size() > 120 || dates::isRelative(text))
            continue;
        const QString iso = dates::parseDate(text, order);
        if (!iso.isEmpty())
            return {iso, locateText(node, text, QStringLiteral("html:date"))};
    }
    if (!body)
        return {};
    // The page's text without scripts; the first date in it is usually the article's or the page's
    // own ("Copyright © 19.12.2019 - 12:14 h").
    QString iso;
    const QString date = firstDateInText(body, order, &iso);
    if (iso.isEmpty())
        return {};
    return {iso, locateText(body, date, QStringLiteral("html:text-date"))};
}

} // namespace galley
