// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/html/htmldocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

/// One step of an HTML rule's path: a tag with the stable attributes it must have.
struct NodeStep
{
    QString tag;
    QString id;
    QStringList classes;                           ///< sorted
    QList<std::pair<QString, QString>> attributes; ///< itemprop, role: [name=value]

    /// "div#main.story[itemprop=author]"
    QString toString() const;
    bool matches(const HtmlNode &element) const;
    bool operator==(const NodeStep &) const = default;
};

/// A path of steps from an ancestor down to an element, written "div#main > p.byline" (CSS child
/// combinators). Built from the page's structure: tags plus the attributes that look stable (letters,
/// hyphens and underscores only: a class or id with digits is often generated per build or page).
struct NodePath
{
    QList<NodeStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
    QString toString() const;
    /// Parses the string form; an empty path for text that is not one.
    static NodePath parse(const QString &text);
    /// The path of `element`: its own step and its ancestors' up to (and including) the nearest one with
    /// a stable id, at most kMaxSteps steps, never above <body>.
    static NodePath of(const HtmlNode &element);
    /// Whether `element` is the last step and its parents are the earlier ones, in order.
    bool matches(const HtmlNode &element) const;

    static constexpr int kMaxSteps = 5;
};

/// The innermost element of `document`'s body whose source span holds [start, end); null when none
/// does. <script>, <style> and <template> are never returned.
HtmlNode innermostElement(const HtmlDocument &document, qsizetype start, qsizetype end);

/// Every element of the body that `path` matches, in document order.
QList<HtmlNode> matchingElements(const HtmlDocument &document, const NodePath &path);

/// An element's text as a reader sees it: white space collapsed.
QString elementText(const HtmlNode &element);

} // namespace galley
