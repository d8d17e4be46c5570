// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/fieldchecks.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/imageurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <array>
#include <utility>

namespace galley {

namespace {

// The warnings are translated when shown: QT_TRANSLATE_NOOP files each for lupdate under the context
// translated() looks it up in (a helper named tr() would be filed under the namespace).
QString translated(const char *text)
{
    return QCoreApplication::translate("galley::FieldWarnings", text);
}

// Whether a job title is printed in `text` as its last words: "Moscow correspondent",
// "Ann Lee, Staff Writer", "Anna Schmidt, Korrespondentin".
bool endsWithJobTitle(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool wordStart = text[i].isLetter() && (i == 0 || !text[i - 1].isLetterOrNumber());
        if (wordStart && isJobTitle(text.mid(i)))
            return true;
    }
    return false;
}

// Whether the byline parser reads all of `text` as one person's name ("Jane Writer": the title word is
// her surname), so a job-title word in it is no title.
bool isWholeName(const Vocabulary &vocabulary, const QString &text)
{
    const ParsedByline parsed = parseByline(vocabulary, text);
    return parsed.names.size() == 1 && parsed.names.first().name.compare(text, Qt::CaseInsensitive) == 0;
}

} // namespace

bool isIsoDate(const QString &value)
{
    return QDate::fromString(value, Qt::ISODate).isValid() ||
           QDateTime::fromString(value, Qt::ISODate).isValid() ||
           QDateTime::fromString(value, Qt::ISODateWithMs).isValid();
}

BylineProblem checkByline(const QString &byline, const Vocabulary &vocabulary)
{
    const QString text = byline.simplified();
    if (text.isEmpty())
        return BylineProblem::Empty;
    if (hasBylinePrefix(text))
        return BylineProblem::HasBy;
    if (!vocabulary.canonicalAgency(text).isEmpty())
        return BylineProblem::Agency;
    if (endsWithJobTitle(text) && !isWholeName(vocabulary, text))
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

QStringList splitByline(const QString &byline, const Vocabulary &vocabulary)
{
    // Not strict: an editor's byline may hold a name the extractor's free-text rules would doubt.
    const ParsedByline parsed = parseByline(vocabulary, byline, false, true);
    QStringList names;
    for (const ParsedName &name : parsed.names)
        names.append(name.name);
    return names.isEmpty() ? QStringList{byline.trimmed()} : names;
}

QString warningKindName(WarningKind kind)
{
    static constexpr std::array kNames{std::pair{WarningKind::NoHeadline, u"no-headline"},
                                       std::pair{WarningKind::Byline, u"byline"},
                                       std::pair{WarningKind::CaptionInBody, u"caption-in-body"},
                                       std::pair{WarningKind::ImageWithoutAddress, u"image-without-address"},
                                       std::pair{WarningKind::ImageAddressNotUrl, u"image-address-not-url"},
                                       std::pair{WarningKind::MissingCredit, u"missing-credit"},
                                       std::pair{WarningKind::DateNotIso, u"date-not-iso"}};
    const auto found =
        std::find_if(kNames.begin(), kNames.end(), [&](const auto &e) { return e.first == kind; });
    return found == kNames.end() ? QString() : QString::fromUtf16(found->second);
}

QList<FieldWarning> fieldWarnings(const Article &article, const Vocabulary &vocabulary)
{
    QList<FieldWarning> warnings;
    if (article.headline.trimmed().isEmpty())
        warnings.append({WarningKind::NoHeadline, Field::Headline,
                         translated(QT_TRANSLATE_NOOP("galley::FieldWarnings", "No headline"))});

    for (qsizetype i = 0; i < article.bylines.size(); ++i) {
        const BylineProblem problem = checkByline(article.bylines.at(i), vocabulary);
        if (problem != BylineProblem::None)
            warnings.append({WarningKind::Byline, FieldPath::item(Field::Bylines, i),
                             bylineProblemText(problem, article.bylines.at(i))});
    }

    const QString body = article.text();
    for (qsizetype i = 0; i < article.images.size(); ++i) {
        const QString caption = article.images.at(i).caption.trimmed();
        if (caption.size() >= 20 && body.contains(caption))
            warnings.append({WarningKind::CaptionInBody, FieldPath::item(Field::Images, i, Member::Caption),
                             translated(QT_TRANSLATE_NOOP("galley::FieldWarnings",
                                                          "Image %1: the caption is also in the body"))
                                 .arg(i + 1)});
    }

    for (qsizetype i = 0; i < article.images.size(); ++i) {
        // The engine marks a picture whose page gave no usable address (a script's JSON in data-src,
        // a placeholder word): it keeps its caption, without a link.
        const FieldPath image = FieldPath::item(Field::Images, i);
        const QList<SourceSpan> spans = article.provenance.value(image.toString());
        const bool unusable = std::any_of(spans.cbegin(), spans.cend(), [](const SourceSpan &s) {
            return s.via == imageurl::UnusableSourceVia;
        });
        const QString &src = article.images.at(i).src;
        if (unusable && src.isEmpty())
            warnings.append(
                {WarningKind::ImageWithoutAddress, image,
                 translated(QT_TRANSLATE_NOOP("galley::FieldWarnings",
                                              "Image %1: the page gives no usable address for this picture"))
                     .arg(i + 1)});
        else if (!src.isEmpty() && !imageurl::isUrlReference(src))
            warnings.append(
                {WarningKind::ImageAddressNotUrl, FieldPath::item(Field::Images, i, Member::Src),
                 translated(QT_TRANSLATE_NOOP("galley::FieldWarnings", "Image %1: the address is not a URL"))
                     .arg(i + 1)});
    }

    if (article.credit.trimmed().isEmpty()) {
        const AgencyMatch found = vocabulary.findAgency(body);
        if (found.isValid())
            warnings.append(
                {WarningKind::MissingCredit, Field::Credit,
                 translated(QT_TRANSLATE_NOOP("galley::FieldWarnings", "No credit, but the text names %1"))
                     .arg(found.name)});
    }

    if (!article.published.isEmpty() && !isIsoDate(article.published))
        warnings.append({WarningKind::DateNotIso, Field::Published,
                         translated(QT_TRANSLATE_NOOP("galley::FieldWarnings",
                                                      "The date is not in ISO 8601 form (2014-06-05)"))});
    return warnings;
}

} // namespace galley
