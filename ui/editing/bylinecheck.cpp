// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/bylinecheck.h"

#include "editing/agencytable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace galley {

namespace {

const QRegularExpression &jobTitleWords()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(correspondent|reporter|editor|writer|staff|bureau|chief|columnist|contributor|"
                       "photographer|producer|analyst|journalist|news desk|newsroom|desk|special to)s?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &leadingBy()
{
    static const QRegularExpression re(QStringLiteral("^\\s*by\\b[:\\s]*"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

BylineProblem checkByline(const QString &byline, const AgencyTable &agencies)
{
    const QString text = byline.trimmed();
    if (text.isEmpty())
        return BylineProblem::Empty;
    if (QRegularExpression(QStringLiteral("\\bby\\b"), QRegularExpression::CaseInsensitiveOption)
            .match(text)
            .hasMatch())
        return BylineProblem::HasBy;
    if (!agencies.canonical(text).isEmpty())
        return BylineProblem::Agency;
    if (jobTitleWords().match(text).hasMatch())
        return BylineProblem::JobTitle;
    return BylineProblem::None;
}

QString bylineProblemText(BylineProblem problem, const QString &byline)
{
    switch (problem) {
    case BylineProblem::None:
        return {};
    case BylineProblem::Empty:
        return QCoreApplication::translate("galley::Byline", "Empty byline entry");
    case BylineProblem::HasBy:
        return QCoreApplication::translate("galley::Byline", "“%1” contains “By”: keep the name only")
            .arg(byline);
    case BylineProblem::JobTitle:
        return QCoreApplication::translate("galley::Byline", "“%1” looks like a job title, not a name")
            .arg(byline);
    case BylineProblem::Agency:
        return QCoreApplication::translate("galley::Byline", "“%1” is an agency: set it as the credit")
            .arg(byline);
    }
    return {};
}

QStringList splitByline(const QString &byline)
{
    QString text = byline.trimmed();
    text.remove(leadingBy());
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*|\\s*,\\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        part.remove(leadingBy());
        // "Jane Doe, Staff Writer" splits into a name and a title: the title is not a person.
        if (!part.isEmpty() && !jobTitleWords().match(part).hasMatch())
            names.append(part);
    }
    return names.isEmpty() ? QStringList{byline.trimmed()} : names;
}

} // namespace galley
