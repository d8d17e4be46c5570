// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/printedauthor.h"

#include "extract/common/bylineparser.h"
#include "extract/common/datatable.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace galley {

QString printedAuthor(QStringView value)
{
    QString text = value.toString().simplified();
    static const QRegularExpression byWord(QStringLiteral("^(?:%1)\\s+(.+)$").arg(alternation(byWords())),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch prefixed = byWord.match(text);
    if (prefixed.hasMatch())
        text = prefixed.captured(1);
    if (text.size() < 2 || text.size() > 60 || text.count(QLatin1Char(' ')) > 5)
        return {};
    // Links, addresses and markup are not names; separators mean a list for the byline parser.
    // A conjunction means a list; a CMS's placeholder account ("admin", "undefined") is no author.
    static const QRegularExpression notAName = [] {
        const QJsonObject bylines = loadDataTable(QStringLiteral("bylines"));
        return QRegularExpression(
            QStringLiteral("://|@|<|>|[;|,/&]|\\s(?:%1)\\s|^(?:%2)$|admin$")
                .arg(alternation(tableStrings(bylines, QStringLiteral("conjunctions"))),
                     alternation(tableStrings(bylines, QStringLiteral("placeholderNames")))),
            QRegularExpression::CaseInsensitiveOption);
    }();
    if (notAName.match(text).hasMatch())
        return {};
    bool anyLetter = false;
    for (QChar c : std::as_const(text))
        anyLetter = anyLetter || c.isLetter();
    return anyLetter ? text : QString();
}

} // namespace galley
