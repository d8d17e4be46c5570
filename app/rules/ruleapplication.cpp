// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ruleapplication.h"

#include "extract/common/vocabulary.h"
#include "extract/extractor.h"
#include "extract/html/htmldocument.h"
#include "review/corrections.h"
#include "rules/nodepath.h"
#include "rules/sitekey.h"
#include "rules/textlines.h"

#include <QRegularExpression>
#include <memory>

namespace galley {

namespace {

// The value inside a matched text: capture group 1 when the pattern has one, else all of it.
bool valueOf(const QRegularExpression &pattern, const QString &text, qsizetype *start, qsizetype *end)
{
    if (pattern.pattern().isEmpty()) {
        *start = 0;
        *end = text.size();
        return true;
    }
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int group = pattern.captureCount() >= 1 && m.capturedStart(1) >= 0 ? 1 : 0;
    *start = m.capturedStart(group);
    *end = m.capturedEnd(group);
    return *end > *start;
}

QList<RuleMatch> textMatches(const SiteRule &rule, const QString &captureText)
{
    const QRegularExpression pattern(rule.pattern);
    const QRegularExpression after(rule.after);
    QList<RuleMatch> out;
    const QList<CaptureLine> lines = nonBlankLines(captureText);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CaptureLine &line = lines.at(i);
        qsizetype start = 0;
        qsizetype end = 0;
        if (!valueOf(pattern, line.text, &start, &end))
            continue;
        if (!rule.after.isEmpty() && (i == 0 || !after.match(lines.at(i - 1).text).hasMatch()))
            continue;
        const QString via = ruleVia(rule);
        out.append(RuleMatch{SourceSpan{line.start, line.end, via},
                             SourceSpan{line.start + start, line.start + end, via},
                             line.text.mid(start, end - start)});
    }
    return out;
}

QList<RuleMatch> htmlMatches(const SiteRule &rule, const HtmlDocument &document)
{
    const QRegularExpression pattern(rule.pattern);
    QList<RuleMatch> out;
    for (const HtmlNode &element : matchingElements(document, NodePath::parse(rule.path))) {
        const QString text = elementText(element);
        qsizetype start = 0;
        qsizetype end = 0;
        if (text.isEmpty() || !valueOf(pattern, text, &start, &end))
            continue;
        SourceSpan span = element.span();
        span.via = ruleVia(rule);
        out.append(RuleMatch{span, span, text.mid(start, end - start)});
    }
    return out;
}

void setVia(Provenance *provenance, const QString &key, const QString &via)
{
    auto it = provenance->find(key);
    if (it == provenance->end())
        return;
    for (SourceSpan &span : *it)
        span.via = via;
}

void applyField(ArticleDraft *draft, const SiteRule &rule, const RuleMatch &match,
                const Vocabulary &vocabulary)
{
    const QString via = ruleVia(rule);
    if (rule.field == Field::Bylines) {
        while (draftlist::size(*draft, Field::Bylines) > 0)
            draftlist::remove(draft, Field::Bylines, 0);
        const qsizetype added = corrections::addBylines(draft, match.valueText, match.value, vocabulary);
        for (qsizetype i = 0; i < added; ++i)
            setVia(&draft->article.provenance, FieldPath::item(Field::Bylines, i).provenanceKey(), via);
        return;
    }
    const FieldPath path(rule.field);
    corrections::setFromCapture(draft, path, match.valueText, match.value, vocabulary);
    setVia(&draft->article.provenance, path.provenanceKey(), via);
}

// Where `value` is printed inside the caption's own place in the capture, else the caption's place.
SourceSpan placeInCaption(const Article &article, qsizetype image, const QString &value,
                          const QString &captureText)
{
    const QList<SourceSpan> spans =
        article.provenance.value(FieldPath::item(Field::Images, image, Member::Caption).provenanceKey());
    for (const SourceSpan &span : spans) {
        if (!span.isValid())
            continue;
        const qsizetype at = QStringView(captureText).mid(span.start, span.length()).indexOf(value);
        if (at >= 0)
            return SourceSpan{span.start + at, span.start + at + value.size(), QString()};
    }
    return spans.isEmpty() ? SourceSpan() : spans.first();
}

// A caption rule on every caption it matches: the value becomes the caption, or the photo credit with
// the matched text cut out of the caption.
void applyCaptionRule(ArticleDraft *draft, const SiteRule &rule, const QString &captureText,
                      const Vocabulary &vocabulary)
{
    const QRegularExpression pattern(rule.pattern);
    const QString via = ruleVia(rule);
    for (qsizetype i = 0; i < draft->article.images.size(); ++i) {
        const QString caption = draft->article.images.at(i).caption;
        const QRegularExpressionMatch m = pattern.match(caption);
        qsizetype start = 0;
        qsizetype end = 0;
        if (caption.isEmpty() || !valueOf(pattern, caption, &start, &end))
            continue;
        const QString value = caption.mid(start, end - start).trimmed();
        const FieldPath captionPath = FieldPath::item(Field::Images, i, Member::Caption);
        const SourceSpan captionPlace = placeInCaption(draft->article, i, caption, captureText);
        if (rule.member == Member::Caption) {
            corrections::setFromCapture(draft, captionPath, value, captionPlace, vocabulary);
            setVia(&draft->article.provenance, captionPath.provenanceKey(), via);
            continue;
        }
        const FieldPath creditPath = FieldPath::item(Field::Images, i, Member::Credit);
        const SourceSpan creditPlace = placeInCaption(draft->article, i, value, captureText);
        const QString rest =
            (caption.left(m.capturedStart(0)) + QLatin1Char(' ') + caption.mid(m.capturedEnd(0)))
                .simplified();
        corrections::setFromCapture(draft, creditPath, value, creditPlace, vocabulary);
        setVia(&draft->article.provenance, creditPath.provenanceKey(), via);
        corrections::setFromCapture(draft, captionPath, rest, captionPlace, vocabulary);
        setVia(&draft->article.provenance, captionPath.provenanceKey(), via);
    }
}

} // namespace

QString ruleVia(const SiteRule &rule)
{
    return QStringLiteral("rule:") + rule.id;
}

QList<RuleMatch> findRuleMatches(const SiteRule &rule, const QString &captureText,
                                 const HtmlDocument *document)
{
    if (rule.isCaption())
        return {}; // a caption rule reads the extractor's captions, not places in the capture
    if (rule.isHtml())
        return document ? htmlMatches(rule, *document) : QList<RuleMatch>();
    return document ? QList<RuleMatch>() : textMatches(rule, captureText);
}

Article applySiteRules(const Capture &capture, const Article &article, const QList<SiteRule> &rules,
                       const Vocabulary &vocabulary)
{
    if (rules.isEmpty())
        return article;
    const bool html = capture.kind() == ContentKind::Html;
    std::unique_ptr<HtmlDocument> document;
    if (html)
        document = std::make_unique<HtmlDocument>(capture.text());
    ArticleDraft draft = ArticleDraft::fromRecord(article, article);
    for (const SiteRule &rule : rules) {
        if (rule.isCaption()) {
            applyCaptionRule(&draft, rule, capture.text(), vocabulary);
            continue;
        }
        if (rule.isHtml() != html)
            continue;
        const QList<RuleMatch> matches = findRuleMatches(rule, capture.text(), document.get());
        if (rule.action == RuleAction::NotArticle) {
            for (const RuleMatch &match : matches)
                corrections::markNotArticle(&draft, match.place);
        } else if (!matches.isEmpty()) {
            applyField(&draft, rule, matches.first(), vocabulary);
        }
    }
    return draft.corrected();
}

Record extractRecordWithRules(const Capture &capture, const Vocabulary &vocabulary, const RuleBook &book,
                              QStringList *warnings)
{
    Record record = extractRecord(capture, vocabulary, warnings);
    if (book.sites().isEmpty())
        return record;
    record.article = applySiteRules(capture, record.article,
                                    book.rulesFor(book.siteOf(capture, record.article)), vocabulary);
    return record;
}

} // namespace galley
