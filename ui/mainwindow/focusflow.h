// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace galley {

class ArticlePane;
class CapturePane;
class RecordDocument;

/// Where the keyboard goes when the editor moves on to a page.
namespace focusflow {

/// The field an editor starts a page with: the first one with a warning (the engine's field checks, in
/// field order), else the headline.
QString startField(const RecordDocument &document);

/// Puts the focus in the article at startField() and shows the capture from the article's start (not
/// the site's menu above it). After Approve and Next and the other page moves made from the article.
void enterArticle(const RecordDocument &document, ArticlePane *article, CapturePane *capture);

} // namespace focusflow

} // namespace galley
