// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace galley::dates {

/// How to read an all-numeric date whose day and month could be swapped ("03/04/2019").
enum class Order { Auto, DayFirst, MonthFirst };

/// A date found in a text, as ISO 8601, and where it was printed.
struct DateMatch
{
    QString iso; ///< "2019-11-19", or "2019-11-19T10:05:00+01:00" when the text gave a time and zone
    qsizetype start = -1;
    qsizetype end = -1;
    bool isValid() const { return !iso.isEmpty(); }
};

/// The first absolute date in `text`: ISO 8601 and RFC 3339 stamps, numeric forms (19.11.2019,
/// 11/19/2019, 2019/11/19) and written forms in the languages of resources/data/dates.json
/// ("November 19, 2019", "19. November 2019", "19 de noviembre de 2019"). Relative forms ("3 hours ago",
/// "gestern") and dates outside 1990-2100 give an invalid match. `Auto` reads a slashed date month first
/// (US usage) and a dotted or dashed one day first, unless the numbers decide.
DateMatch findDate(QStringView text, Order order = Order::Auto);

/// findDate(text).iso, for a string that is meant to be a date (a meta tag, a datetime attribute).
QString parseDate(QStringView text, Order order = Order::Auto);

/// The first date printed right after a date label ("Datum: 03.11.2021", "Published on March 5, 2021",
/// "Stand - 12.11.2021"); labels in resources/data/dates.json.
DateMatch findLabelledDate(QStringView text);

/// Whether `text` speaks of a relative time ("2 hours ago", "vor 3 Tagen", "yesterday").
bool isRelative(QStringView text);

/// The month number of a month name or abbreviation in any table language, or 0.
int monthNumber(QStringView word);

/// Whether `word` is a weekday name or abbreviation in any table language.
bool isWeekday(QStringView word);

} // namespace galley::dates
