// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/dateparser.h"

#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"
#include "extract/common/textscan.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <array>

namespace galley::dates {

namespace {

enum class Shape { Iso, YearFirst, Numeric, DayMonthName, MonthNameDay };

struct Pattern
{
    Shape shape;
    CompletePattern re;
};

struct Table
{
    QHash<QString, int> months;
    QSet<QString> weekdays;
    CompletePattern relative;
    CompletePattern label;
    std::array<Pattern, 5> patterns;
};

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

Table buildTable()
{
    Table t;
    const QJsonObject table = loadDataTable(QStringLiteral("dates"));
    const QJsonObject months = table.value(QStringLiteral("months")).toObject();
    for (auto it = months.begin(); it != months.end(); ++it)
        t.months.insert(it.key(), it.value().toInt());
    const QStringList weekdays = tableStrings(table, QStringLiteral("weekdays"));
    t.weekdays = QSet<QString>(weekdays.begin(), weekdays.end());
    t.relative = CompletePattern(QStringLiteral("(?<!\\w)(?:%1)(?!\\w)")
                                     .arg(alternation(tableStrings(table, QStringLiteral("relative")))),
                                 kOptions);

    t.label = CompletePattern(QStringLiteral("(?<!\\w)(?:%1)(?!\\w)[\\s:,.–—-]*")
                                  .arg(alternation(tableStrings(table, QStringLiteral("labels")))),
                              kOptions);
    const QString month = QStringLiteral("(%1)\\.?").arg(alternation(months.keys()));
    const QString day = QStringLiteral("(\\d{1,2})(?:st|nd|rd|th|er|e|º|°|\\.)?");
    t.patterns = {{
        // 2019-11-19, 2019-11-19T10:05:00.000+01:00, 2019-11-19 10:05
        {Shape::Iso,
         CompletePattern(QStringLiteral("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})"
                                        "(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)"),
                         kOptions)},
        {Shape::YearFirst,
         CompletePattern(QStringLiteral("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])"),
                         kOptions)},
        // 19.11.2019, 11/19/2019, 19-11-2019, 19.11.19
        {Shape::Numeric,
         CompletePattern(
             QStringLiteral(
                 "(?<![\\d./-])(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d])"),
             kOptions)},
        // 19 November 2019, 19. November 2019, 19 de noviembre de 2019, 19-Nov-2019; also glued to the
        // next date as dumps print a post's two hidden stamps ("10. Februar 20199. Februar 2019")
        {Shape::DayMonthName,
         CompletePattern(
             QStringLiteral(
                 "(?<![\\w])%1[\\s-]*(?:de\\s+)?%2,?[\\s-]*(?:de\\s+)?(\\d{4})(?:(?!\\d)|(?=\\d{1,2}\\.\\s))")
                 .arg(day, month),
             kOptions)},
        // November 19, 2019; Nov. 19 2019
        {Shape::MonthNameDay,
         CompletePattern(QStringLiteral("(?<![\\w])%1\\s*%2,?\\s+(\\d{4})(?!\\d)").arg(month, day),
                         kOptions)},
    }};
    return t;
}

const Table &table()
{
    static const Table t = buildTable();
    return t;
}

// Only a two-digit year is short for a full one; "0001" in a stamp is year 1 (a CMS placeholder).
int fullYear(QStringView year)
{
    const int y = year.toInt();
    return year.size() <= 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

QString isoDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || date.year() < 1990 || date.year() > 2100)
        return {};
    return date.toString(Qt::ISODate);
}

QString isoFromIso(const PatternMatch &m)
{
    QString out = isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (out.isEmpty() || m.capturedLength(4) == 0)
        return out;
    const int hour = m.captured(4).toInt(), minute = m.captured(5).toInt(), second = m.captured(6).toInt();
    if (hour > 23 || minute > 59 || second > 60)
        return out;
    out += QStringLiteral("T%1:%2:%3")
               .arg(hour, 2, 10, QLatin1Char('0'))
               .arg(minute, 2, 10, QLatin1Char('0'))
               .arg(second, 2, 10, QLatin1Char('0'));
    QString zone = m.captured(7).toUpper();
    if (zone.size() == 5) // +0100 -> +01:00
        zone.insert(3, QLatin1Char(':'));
    return out + zone;
}

QString isoFromNumeric(const PatternMatch &m, Order order)
{
    const int a = m.captured(1).toInt(), b = m.captured(3).toInt(), year = fullYear(m.capturedView(4));
    const bool slash = m.capturedView(2) == QLatin1String("/");
    bool dayFirst = order == Order::DayFirst || (order == Order::Auto && !slash);
    if (a > 12)
        dayFirst = true;
    else if (b > 12)
        dayFirst = false;
    return dayFirst ? isoDate(year, b, a) : isoDate(year, a, b);
}

} // namespace

int monthNumber(QStringView word)
{
    word = word.trimmed();
    if (word.endsWith(u'.'))
        word.chop(1);
    return table().months.value(textscan::LowerCase(word));
}

bool isWeekday(QStringView word)
{
    QString w = word.trimmed().toString().toLower();
    while (w.endsWith(QLatin1Char('.')) || w.endsWith(QLatin1Char(',')))
        w.chop(1);
    return table().weekdays.contains(w);
}

bool isRelative(QStringView text)
{
    return table().relative.match(text).hasMatch();
}

namespace {

// What the figures of a text allow: every shape needs a year, and all but the numeric one a year of
// four digits. Most lines that hold figures at all ("5 hours ago", "12 comments") have neither, and a
// scan costs far less than the five pattern searches.
struct Figures
{
    int runs = 0;         // runs of digits
    bool fourRun = false; // a run of four digits or more
};

Figures figuresOf(QStringView text)
{
    Figures f;
    int run = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // (Patterns match \d, which includes other scripts' digits: those take the slow test.)
        if ((u >= u'0' && u <= u'9') || (u > 127 && c.isDigit())) {
            ++run;
            continue;
        }
        if (run > 0) {
            ++f.runs;
            f.fourRun = f.fourRun || run >= 4;
        }
        run = 0;
    }
    if (run > 0) {
        ++f.runs;
        f.fourRun = f.fourRun || run >= 4;
    }
    return f;
}

bool mayMatch(Shape shape, const Figures &f)
{
    // Numeric: day, month and year ("19.11.19"); the others hold a four-digit year.
    return shape == Shape::Numeric ? f.runs >= 3 : f.fourRun;
}

} // namespace

DateMatch findDate(QStringView text, Order order)
{
    DateMatch best;
    const Figures figures = figuresOf(text);
    for (const Pattern &p : table().patterns) {
        if (!mayMatch(p.shape, figures))
            continue;
        PatternMatchIterator it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const PatternMatch m = it.next();
            if (best.isValid() && m.capturedStart(0) >= best.start)
                break;
            QString iso;
            switch (p.shape) {
            case Shape::Iso:
                iso = isoFromIso(m);
                break;
            case Shape::YearFirst:
                iso = isoDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
                break;
            case Shape::Numeric:
                iso = isoFromNumeric(m, order);
                break;
            case Shape::DayMonthName:
                iso = isoDate(m.captured(3).toInt(), monthNumber(m.capturedView(2)), m.captured(1).toInt());
                break;
            case Shape::MonthNameDay:
                iso = isoDate(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
                break;
            }
            if (!iso.isEmpty()) {
                best = {iso, m.capturedStart(0), m.capturedEnd(0)};
                break;
            }
        }
    }
    return best;
}

DateMatch findLabelledDate(QStringView text)
{
    for (PatternMatchIterator it = table().label.globalMatch(text); it.hasNext();) {
        const PatternMatch m = it.next();
        const QStringView window = text.mid(m.capturedEnd(0), 40);
        DateMatch d = findDate(window);
        // The date must follow the label closely, not sit somewhere later in the window.
        if (d.isValid() && d.start <= 4) {
            d.start += m.capturedEnd(0);
            d.end += m.capturedEnd(0);
            return d;
        }
    }
    return {};
}

QString parseDate(QStringView text, Order order)
{
    return findDate(text, order).iso;
}

} // namespace galley::dates
