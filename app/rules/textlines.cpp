// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/textlines.h"

#include <QRegularExpression>

namespace galley {

QList<CaptureLine> nonBlankLines(const QString &text)
{
    QList<CaptureLine> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        qsizetype a = start;
        qsizetype b = end;
        while (a < b && text.at(a).isSpace())
            ++a;
        while (b > a && text.at(b - 1).isSpace())
            --b;
        if (b > a)
            lines.append(CaptureLine{a, b, text.mid(a, b - a)});
        start = end + 1;
    }
    return lines;
}

qsizetype lineAt(const QList<CaptureLine> &lines, qsizetype offset)
{
    // Lines are in order: the last one starting at or before the offset, if it reaches it.
    const auto it =
        std::upper_bound(lines.cbegin(), lines.cend(), offset,
                         [](qsizetype value, const CaptureLine &line) { return value < line.start; });
    if (it == lines.cbegin())
        return -1;
    const qsizetype index = std::distance(lines.cbegin(), it) - 1;
    return offset <= lines.at(index).end ? index : -1;
}

QString textShape(QStringView text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        const bool digits = text.at(i).isDigit();
        while (j < text.size() && text.at(j).isDigit() == digits)
            ++j;
        out += digits ? QStringLiteral("\\d+") : QRegularExpression::escape(text.mid(i, j - i).toString());
        i = j;
    }
    return out;
}

QString wholeLinePattern(QStringView text)
{
    return QLatin1Char('^') + textShape(text) + QLatin1Char('$');
}

QString valuePattern(QStringView text, qsizetype valueStart, qsizetype valueEnd)
{
    const QStringView before = text.left(valueStart);
    const QStringView after = text.mid(valueEnd);
    if (before.trimmed().isEmpty() && after.trimmed().isEmpty())
        return {};
    // Lazy when something follows, so the value stops where the trailing text starts.
    return QLatin1Char('^') + textShape(before) +
           (after.isEmpty() ? QStringLiteral("(.+)") : QStringLiteral("(.+?)")) + textShape(after) +
           QLatin1Char('$');
}

} // namespace galley
