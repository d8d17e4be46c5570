// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/focusflow.h"

#include "editing/recorddocument.h"
#include "review/articlepane.h"
#include "review/capturepane.h"

namespace galley::focusflow {

QString startField(const RecordDocument &document)
{
    const QList<FieldWarning> warnings = document.warnings();
    return warnings.isEmpty() ? QStringLiteral("headline") : warnings.first().field.toString();
}

void enterArticle(const RecordDocument &document, ArticlePane *article, CapturePane *capture)
{
    article->focusField(startField(document));
    // Focusing a field shows its source; the editor reads the page from the top of the article.
    capture->showArticleStart();
}

} // namespace galley::focusflow
