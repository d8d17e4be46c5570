// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/entities.h"

#include <QHash>
#include <QRegularExpression>

namespace galley {

QString decodeLeftoverEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression reference(
        QStringLiteral("&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    // The named references that survive double escaping in practice; numeric ones cover the rest.
    static const QHash<QString, QChar> named{
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("nbsp"), QChar(0xA0)},
        {QStringLiteral("ndash"), QChar(0x2013)},    {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("lsquo"), QChar(0x2018)},    {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},    {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("hellip"), QChar(0x2026)},   {QStringLiteral("pound"), QChar(0xA3)},
        {QStringLiteral("euro"), QChar(0x20AC)},     {QStringLiteral("copy"), QChar(0xA9)}};
    QString out;
    qsizetype pos = 0;
    for (QRegularExpressionMatchIterator it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString ref = m.captured(1);
        QString decoded;
        if (ref.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = ref.size() > 1 && (ref[1] == QLatin1Char('x') || ref[1] == QLatin1Char('X'));
            const uint code = hex ? ref.mid(2).toUInt(&ok, 16) : ref.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        } else if (named.contains(ref)) {
            decoded = named.value(ref);
        }
        if (decoded.isEmpty())
            continue;
        out += QStringView(text).mid(pos, m.capturedStart(0) - pos);
        out += decoded;
        pos = m.capturedEnd(0);
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace galley
