// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/fieldform.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace galley::fieldform {

namespace {

// The context is the namespace, as lupdate files the strings of a free function.
QString tr(const char *text)
{
    return QCoreApplication::translate("galley::fieldform", text);
}

bool hasBreak(const QString &text)
{
    return text.contains(u'\n') || text.contains(u'\r') || text.contains(u'\t');
}

} // namespace

bool isSingleLine(const QString &field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(credit|publisher|bylines/\d+|contributors/\d+/(name|role)|images/\d+/credit)$)"));
    return pattern.match(field).hasMatch();
}

QString oneLine(const QString &text)
{
    if (!hasBreak(text))
        return text;
    static const QRegularExpression breaks(QStringLiteral(R"([ \t\r\n]*[\t\r\n][ \t\r\n]*)"));
    return QString(text).replace(breaks, QStringLiteral(" ")).trimmed();
}

QString isoDate(const QString &published)
{
    // Year, year-month, date, or date and time; the time may lack seconds, the zone its colon.
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = form.match(published.trimmed());
    if (!m.hasMatch())
        return {};
    const QString year = m.captured(1), month = m.captured(2), day = m.captured(3), hour = m.captured(4);
    QString zone = m.captured(8);
    if (year.toInt() == 0) // XML Schema 1.0 has no year 0000
        return {};
    if (!month.isEmpty() && !QDate(year.toInt(), month.toInt(), day.isEmpty() ? 1 : day.toInt()).isValid())
        return {};
    if (!zone.isEmpty() && zone != u"Z") {
        if (zone.size() == 5)
            zone.insert(3, u':');
        if (zone.mid(1, 2).toInt() > 14 || zone.mid(4, 2).toInt() > 59)
            return {};
    }
    // A time needs a date, and XML Schema a zone only on whole forms: "2026T10:00" is none of them.
    if (!hour.isEmpty()) {
        const QString seconds = m.captured(6).isEmpty() ? QStringLiteral("00") : m.captured(6);
        if (!QTime(hour.toInt(), m.captured(5).toInt(), seconds.toInt()).isValid())
            return {};
        return QStringLiteral("%1-%2-%3T%4:%5:%6%7%8")
            .arg(year, month, day, hour, m.captured(5), seconds, m.captured(7), zone);
    }
    QString date = year;
    if (!month.isEmpty())
        date += u'-' + month;
    if (!day.isEmpty())
        date += u'-' + day;
    return date + zone;
}

QList<FieldProblem> formProblems(const Article &article)
{
    QList<FieldProblem> problems;
    const QString lineMessage = tr("A line break or tab in a one-line field; exports write it as one line");
    const auto check = [&](const QString &field, const QString &value) {
        if (hasBreak(value))
            problems.append({field, lineMessage});
    };
    for (qsizetype i = 0; i < article.bylines.size(); ++i)
        check(QStringLiteral("bylines/%1").arg(i), article.bylines.at(i));
    for (qsizetype i = 0; i < article.contributors.size(); ++i) {
        check(QStringLiteral("contributors/%1/name").arg(i), article.contributors.at(i).name);
        check(QStringLiteral("contributors/%1/role").arg(i), article.contributors.at(i).role);
    }
    check(QStringLiteral("credit"), article.credit);
    check(QStringLiteral("publisher"), article.publisher);
    for (qsizetype i = 0; i < article.images.size(); ++i)
        check(QStringLiteral("images/%1/credit").arg(i), article.images.at(i).credit);
    if (!article.published.isEmpty() && isoDate(article.published).isEmpty())
        problems.append({QStringLiteral("published"),
                         tr("Not a date in ISO 8601 form (2026-03-05 or 2026-03-05T14:30:00+01:00); "
                            "exports leave it out")});
    return problems;
}

Article normalised(const Article &article)
{
    Article out = article;
    for (QString &byline : out.bylines)
        byline = oneLine(byline);
    for (Contributor &c : out.contributors) {
        c.name = oneLine(c.name);
        c.role = oneLine(c.role);
    }
    out.credit = oneLine(out.credit);
    out.publisher = oneLine(out.publisher);
    for (Image &image : out.images)
        image.credit = oneLine(image.credit);
    out.published = isoDate(out.published);
    return out;
}

} // namespace galley::fieldform
