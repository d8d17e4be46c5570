// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/dateline.h"

#include "extract/common/agencies.h"
#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"

#include <QRegularExpression>
#include <QSet>

namespace galley {

namespace {

struct Patterns
{
    CompletePattern capitals;
    CompletePattern mixedCase;
    QSet<QString> notPlaces;
};

Patterns buildPatterns()
{
    Patterns p;
    const QStringList notPlaces =
        tableStrings(loadDataTable(QStringLiteral("datelines")), QStringLiteral("notPlaces"));
    p.notPlaces = QSet<QString>(notPlaces.begin(), notPlaces.end());
    // Optional ", Calif." / ", Belgium" region, optional ", June 5" date, optional "(Agency)", then a dash.
    const QString tail = QStringLiteral(
        "(?:,\\s*\\p{Lu}[\\p{L}.'’]*(?:\\s\\p{Lu}[\\p{L}.'’]*){0,2})?"
        "(?:,\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?)(?:,\\s*\\d{4})?)?"
        "\\s*(?:\\(\\s*(?<credit>[^()]{2,40}?)\\s*\\))?");
    p.capitals = CompletePattern(
        QStringLiteral(
            "^\\s*(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’/-]*(?:[ /]\\p{Lu}[\\p{Lu}\\p{M}.'’/-]*){0,3})(?<tail>%1)"
            "\\s*(?:[-–—]{1,2}|:)\\s*")
            .arg(tail),
        QRegularExpression::UseUnicodePropertiesOption);
    p.mixedCase = CompletePattern(
        QStringLiteral(
            "^\\s*(?<place>\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:[ /]\\p{Lu}[\\p{L}\\p{M}.'’-]+){0,3})(?<tail>%1)"
            "\\s*(?:[-–—]{1,2}|:)\\s*")
            .arg(tail),
        QRegularExpression::UseUnicodePropertiesOption);
    return p;
}

const Patterns &patterns()
{
    static const Patterns p = buildPatterns();
    return p;
}

} // namespace

Dateline parseDateline(const Vocabulary &vocabulary, QStringView paragraph)
{
    const Patterns &p = patterns();
    PatternMatch m = p.capitals.match(paragraph);
    bool capitals = m.hasMatch();
    if (capitals) {
        // "AP —" alone, or a label such as "BREAKING:", is not a place.
        const QString place = m.captured(u"place").toLower();
        const bool hasLetters =
            m.capturedView(u"place").count(QLatin1Char(' ')) > 0 || m.capturedLength(u"place") >= 3;
        if (p.notPlaces.contains(place) || !hasLetters ||
            !vocabulary.canonicalAgency(m.capturedView(u"place")).isEmpty())
            capitals = false;
    }
    if (!capitals) {
        m = p.mixedCase.match(paragraph);
        if (!m.hasMatch() || m.capturedLength(u"credit") == 0)
            return {};
    }
    // The story must go on after the dateline.
    if (m.capturedEnd(0) >= paragraph.size())
        return {};

    Dateline d;
    d.place = m.captured(u"place");
    d.placeStart = m.capturedStart(u"place");
    d.placeEnd = m.capturedEnd(u"place");
    // Keep ", Calif." with the place; the date part is not the place.
    const QStringView tail = m.capturedView(u"tail");
    if (tail.startsWith(QLatin1Char(','))) {
        static const CompletePattern region(
            QStringLiteral("^,\\s*\\p{Lu}[\\p{L}.'’]*(?:\\s\\p{Lu}[\\p{L}.'’]*){0,2}"),
            QRegularExpression::UseUnicodePropertiesOption);
        const PatternMatch r = region.match(tail);
        // A month name after the comma is the date ("WASHINGTON, June 5"), not a region.
        static const CompletePattern dateAfter(QStringLiteral("^,\\s*\\p{L}{3,9}\\.?\\s+\\d"),
                                               QRegularExpression::UseUnicodePropertiesOption);
        if (r.hasMatch() && !dateAfter.match(tail).hasMatch()) {
            d.placeEnd = m.capturedStart(u"tail") + r.capturedLength(0);
            d.place = paragraph.mid(d.placeStart, d.placeEnd - d.placeStart).toString();
        }
    }
    // "(November 20)" or "(Updated 10:05)" is no agency.
    static const CompletePattern digit(QStringLiteral("\\d"));
    if (m.capturedLength(u"credit") > 0 && !digit.match(m.capturedView(u"credit")).hasMatch()) {
        const QStringView printed = m.capturedView(u"credit");
        const QString canonical = vocabulary.canonicalAgency(printed);
        d.credit = canonical.isEmpty() ? printed.toString().simplified() : canonical;
        d.creditStart = m.capturedStart(u"credit");
        d.creditEnd = m.capturedEnd(u"credit");
    }
    d.end = m.capturedEnd(0);
    return d;
}

} // namespace galley
