// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/articlelanguage.h"

#include "extract/text/stopwords.h"

#include <QTextBoundaryFinder>
#include <array>
#include <bit>

namespace galley {

namespace {

// Below this share of stop words the text is in a language without a table: the extractor's threshold
// for a page (textpage.cpp).
constexpr double kMinimumShare = 0.08;

} // namespace

QString articleLanguage(const Article &article)
{
    QStringList parts{article.headline};
    for (const Image &image : article.images)
        parts << image.caption;
    for (const BodyBlock &block : article.body)
        parts << block.text;
    const QString text = parts.join(QLatin1Char('\n'));

    const StopWords &stopWords = StopWords::builtin();
    std::array<int, 32> perLanguage{};
    int words = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const QString word = QStringView(text).mid(start, end - start).toString().toLower();
            ++words;
            if (word.size() <= stopWords.maxWordLength()) {
                for (quint32 mask = stopWords.languagesOf(word); mask; mask &= mask - 1)
                    ++perLanguage[size_t(std::countr_zero(mask))];
            }
        }
        start = end;
    }
    int best = -1;
    for (int i = 0; i < stopWords.languageCount(); ++i) {
        if (perLanguage[size_t(i)] > 0 && (best < 0 || perLanguage[size_t(i)] > perLanguage[size_t(best)]))
            best = i;
    }
    if (best < 0 || perLanguage[size_t(best)] < kMinimumShare * words)
        return {};
    return stopWords.languageCode(best);
}

} // namespace galley
