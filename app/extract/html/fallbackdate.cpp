// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/fallbackdate.h"

#include "extract/html/htmlspans.h"

namespace galley {

DateFound fallbackDate(const HtmlSignals &page, const HtmlNode &body, dates::Order order)
{
    for (const HtmlNode &node : page.outsideDates) {
        for (const char *attr : {"datetime", "content"}) {
            const QString iso = dates::parseDate(node.attribute(attr), order);
            if (!iso.isEmpty())
                return {iso, elementSpan(node, QStringLiteral("html:time"))};
        }
        const QString text = node.text().simplified();
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
    const QString text = body.text();
    const dates::DateMatch m = dates::findDate(text, order);
    if (!m.isValid())
        return {};
    return {m.iso, locateText(body, text.mid(m.start, m.end - m.start), QStringLiteral("html:text-date"))};
}

} // namespace galley
