// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/textextractor.h"

namespace galley {

// First cut: prose lines are the body, the first title-like line is the headline.
Article extractTextArticle(const Capture &capture)
{
    Article article;
    const QString &text = capture.text();
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(pos, end - pos).trimmed();
        const int words = line.count(QLatin1Char(' ')) + 1;
        if (article.headline.isEmpty() && words >= 4 && !line.endsWith(QLatin1Char('.'))) {
            article.headline = line;
            article.provenance.insert(QStringLiteral("headline"), {{pos, end, QStringLiteral("text:line")}});
        } else if (words >= 12 && line.endsWith(QLatin1Char('.'))) {
            article.provenance.insert(QStringLiteral("body/%1").arg(article.body.size()),
                                      {{pos, end, QStringLiteral("text:line")}});
            article.body.append({BlockKind::Paragraph, line});
        }
        pos = end + 1;
    }
    return article;
}

} // namespace galley
