// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/fieldwarnings.h"

#include "editing/agencytable.h"
#include "editing/bylinecheck.h"
#include "extract/common/imageurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::FieldWarnings", text);
}

bool isIsoDate(const QString &value)
{
    return QDate::fromString(value, Qt::ISODate).isValid() ||
           QDateTime::fromString(value, Qt::ISODate).isValid() ||
           QDateTime::fromString(value, Qt::ISODateWithMs).isValid();
}

} // namespace

QList<FieldWarning> fieldWarnings(const Article &article, const AgencyTable &agencies)
{
    QList<FieldWarning> warnings;
    if (article.headline.trimmed().isEmpty())
        warnings.append({QStringLiteral("headline"), tr("No headline")});

    for (qsizetype i = 0; i < article.bylines.size(); ++i) {
        const BylineProblem problem = checkByline(article.bylines.at(i), agencies);
        if (problem != BylineProblem::None)
            warnings.append(
                {QStringLiteral("bylines/%1").arg(i), bylineProblemText(problem, article.bylines.at(i))});
    }

    const QString body = article.text();
    for (qsizetype i = 0; i < article.images.size(); ++i) {
        const QString caption = article.images.at(i).caption.trimmed();
        if (caption.size() >= 20 && body.contains(caption))
            warnings.append({QStringLiteral("images/%1/caption").arg(i),
                             tr("Image %1: the caption is also in the body").arg(i + 1)});
    }

    for (qsizetype i = 0; i < article.images.size(); ++i) {
        // The engine marks a picture whose page gave no usable address (a script's JSON in data-src,
        // a placeholder word): it keeps its caption, without a link.
        const QList<SourceSpan> spans = article.provenance.value(QStringLiteral("images/%1").arg(i));
        const bool unusable = std::any_of(spans.cbegin(), spans.cend(), [](const SourceSpan &s) {
            return s.via == imageurl::UnusableSourceVia;
        });
        if (unusable && article.images.at(i).src.isEmpty())
            warnings.append({QStringLiteral("images/%1").arg(i),
                             tr("Image %1: the page gives no usable address for this picture").arg(i + 1)});
    }

    if (article.credit.trimmed().isEmpty()) {
        const QString found = agencies.findIn(body);
        if (!found.isEmpty())
            warnings.append({QStringLiteral("credit"), tr("No credit, but the text names %1").arg(found)});
    }

    if (!article.published.isEmpty() && !isIsoDate(article.published))
        warnings.append({QStringLiteral("published"), tr("The date is not in ISO 8601 form (2014-06-05)")});
    return warnings;
}

} // namespace galley
