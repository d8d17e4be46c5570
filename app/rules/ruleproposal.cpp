// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ruleproposal.h"

#include "extract/html/htmldocument.h"
#include "review/articledraft.h"
#include "review/corrections.h"
#include "review/pagetext.h"
#include "rules/nodepath.h"
#include "rules/ruleapplication.h"
#include "rules/textlines.h"

#include <QMap>
#include <QSet>
#include <memory>

namespace galley {

namespace {

constexpr qsizetype kMaxBlockPattern = 200; // longer blocks are matched by their element alone
constexpr qsizetype kExampleLength = 60;
constexpr qsizetype kMaxCaptionLabel = 40; // a label or furniture cut from a caption, not caption prose

const Field kTextFields[] = {Field::Headline, Field::Published, Field::Dateline, Field::Credit,
                             Field::Publisher};

// One correction seen on one page, as the rule that would have made it.
struct Observation
{
    SiteRule rule;
    QString example; ///< the line or element text
    QString before;  ///< what precedes the value in it
    QString after;   ///< what follows the value in it
};

struct Group
{
    Observation first;
    QStringList pages;
};

QString shortened(const QString &text)
{
    return text.size() <= kExampleLength ? text : text.left(kExampleLength - 1) + QChar(0x2026);
}

SourceSpan firstValid(const QList<SourceSpan> &spans)
{
    for (const SourceSpan &span : spans) {
        if (span.isValid() && span.length() > 0)
            return span;
    }
    return {};
}

// Where the corrected value is printed: the editor's selection (or the typed value's place), else its
// first appearance in what a reader sees.
SourceSpan printedPlace(const Article &corrected, const QString &key, const QString &value,
                        const Capture &capture, const TextMap *shown)
{
    if (SourceSpan span = firstValid(corrected.provenance.value(key)); span.isValid())
        return span;
    if (value.isEmpty())
        return {};
    if (!shown) {
        const qsizetype at = capture.text().indexOf(value);
        return at < 0 ? SourceSpan() : SourceSpan{at, at + value.size(), QString()};
    }
    const qsizetype at = shown->text.indexOf(value);
    if (at < 0)
        return {};
    const auto [start, end] = shown->sourceRange(at, at + value.size());
    return SourceSpan{start, end, QString()};
}

// The one non-blank line [start, end) lies on, -1 when it crosses lines.
qsizetype lineHolding(const QList<CaptureLine> &lines, qsizetype start, qsizetype end)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).end <= start || lines.at(i).start >= end)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}

class PageObserver
{
public:
    PageObserver(const SitePage &page) : m_page(page)
    {
        if (page.capture.kind() == ContentKind::Html) {
            m_document = std::make_unique<HtmlDocument>(page.capture.text());
            m_shown = renderHtmlAsText(page.capture.text());
        } else {
            m_lines = nonBlankLines(page.capture.text());
        }
    }

    QList<Observation> observations() const
    {
        QList<Observation> out;
        const ReviewRecord &record = m_page.record;
        QSet<QString> changed;
        for (const FieldChange &change : record.history)
            changed.insert(change.field);
        if (changed.contains(FieldPath::fieldName(Field::Body)))
            notArticleObservations(&out);
        for (const Field field : kTextFields) {
            const QString value = fieldText(record.corrected, field);
            if (!changed.contains(FieldPath::fieldName(field)) || value.isEmpty() ||
                value == fieldText(record.extracted, field))
                continue;
            const QString key = FieldPath(field).provenanceKey();
            fieldObservation(field, printedPlace(record.corrected, key, value, m_page.capture, shown()),
                             &out);
        }
        if (changed.contains(FieldPath::fieldName(Field::Bylines)) && !record.corrected.bylines.isEmpty() &&
            record.corrected.bylines != record.extracted.bylines)
            fieldObservation(Field::Bylines, bylinesPlace(), &out);
        if (changed.contains(FieldPath::fieldName(Field::Images)))
            captionObservations(&out);
        return out;
    }

private:
    const TextMap *shown() const { return m_document ? &m_shown : nullptr; }

    // Blocks the extractor put in the body that the editor took out.
    void notArticleObservations(QList<Observation> *out) const
    {
        const Article &extracted = m_page.record.extracted;
        QSet<QString> kept;
        for (const BodyBlock &block : m_page.record.corrected.body)
            kept.insert(block.text);
        for (qsizetype i = 0; i < extracted.body.size(); ++i) {
            if (kept.contains(extracted.body.at(i).text))
                continue;
            const SourceSpan span =
                firstValid(extracted.provenance.value(FieldPath::item(Field::Body, i).provenanceKey()));
            if (!span.isValid())
                continue;
            Observation seen;
            seen.rule.action = RuleAction::NotArticle;
            if (locate(span, &seen, false))
                out->append(seen);
        }
    }

    void fieldObservation(Field field, const SourceSpan &span, QList<Observation> *out) const
    {
        if (!span.isValid())
            return;
        Observation seen;
        seen.rule.action = RuleAction::SetField;
        seen.rule.field = field;
        if (locate(span, &seen, true))
            out->append(seen);
    }

    // Captions the editor mended: a photo credit moved out of the caption's tail ("… Photo: X"), or
    // text cut from a caption's start or end. The images are paired by position: an editor who
    // removed or added images is not learned from.
    void captionObservations(QList<Observation> *out) const
    {
        const QList<Image> &extracted = m_page.record.extracted.images;
        const QList<Image> &corrected = m_page.record.corrected.images;
        if (extracted.size() != corrected.size())
            return;
        for (qsizetype i = 0; i < extracted.size(); ++i) {
            Observation seen;
            seen.rule.site = m_page.site;
            seen.rule.kind = RuleKind::Caption;
            seen.rule.action = RuleAction::SetField;
            seen.rule.field = Field::Images;
            if (creditFromCaption(extracted.at(i), corrected.at(i), &seen) ||
                creditAtCaptionStart(extracted.at(i), corrected.at(i), &seen) ||
                captionTrimmed(extracted.at(i), corrected.at(i), &seen))
                out->append(seen);
        }
    }

    // The corrected photo credit is printed at the end of the extracted caption after a label
    // ("Photo:"), perhaps closed by a few characters (")"): the label's shape finds it on other captions.
    static bool creditFromCaption(const Image &extracted, const Image &corrected, Observation *seen)
    {
        const QString credit = corrected.credit.trimmed();
        const QString caption = extracted.caption;
        if (credit.isEmpty() || credit == extracted.credit.trimmed())
            return false;
        const qsizetype at = caption.lastIndexOf(credit);
        const QString kept = corrected.caption.trimmed();
        if (at <= 0 || !caption.left(at).trimmed().startsWith(kept))
            return false;
        const QString label = caption.left(at).trimmed().mid(kept.size()).trimmed();
        const QString closing = caption.mid(at + credit.size()).trimmed();
        if (label.isEmpty() || label.size() > kMaxCaptionLabel || closing.size() > kMaxCaptionLabel)
            return false;
        seen->rule.member = Member::Credit;
        seen->rule.pattern = QStringLiteral("\\s*") + textShape(label) + QStringLiteral("\\s*(.+?)") +
                             (closing.isEmpty() ? QString() : QStringLiteral("\\s*") + textShape(closing)) +
                             QStringLiteral("$");
        seen->example = caption;
        seen->before = label;
        return true;
    }

    // Or printed at the caption's start after a label and closed by a separator before the caption's
    // text ("Photo: Jane Roe / Reuters. Visitors crowd …"): the label and separator find it elsewhere.
    static bool creditAtCaptionStart(const Image &extracted, const Image &corrected, Observation *seen)
    {
        const QString credit = corrected.credit.trimmed();
        const QString caption = extracted.caption;
        const QString kept = corrected.caption.trimmed();
        if (credit.isEmpty() || kept.isEmpty() || credit == extracted.credit.trimmed())
            return false;
        const qsizetype at = caption.indexOf(credit);
        if (at < 0)
            return false;
        const QString tail = caption.mid(at + credit.size());
        const qsizetype keptAt = tail.lastIndexOf(kept);
        if (keptAt <= 0 || !tail.mid(keptAt + kept.size()).trimmed().isEmpty() ||
            !tail.at(keptAt - 1).isSpace())
            return false;
        const QString label = caption.left(at).trimmed();
        const QString separator = tail.left(keptAt).trimmed();
        if (label.isEmpty() || label.size() > kMaxCaptionLabel || separator.isEmpty() ||
            separator.size() > kMaxCaptionLabel)
            return false;
        seen->rule.member = Member::Credit;
        seen->rule.pattern = QStringLiteral("^\\s*") + textShape(label) + QStringLiteral("\\s*(.+?)\\s*") +
                             textShape(separator) + QStringLiteral("\\s+");
        seen->example = caption;
        seen->before = label;
        seen->after = separator;
        return true;
    }

    // The corrected caption is the extracted one with a short text cut from its start or end.
    static bool captionTrimmed(const Image &extracted, const Image &corrected, Observation *seen)
    {
        const QString kept = corrected.caption.trimmed();
        const QString caption = extracted.caption.trimmed();
        const qsizetype at = kept.isEmpty() ? -1 : caption.indexOf(kept);
        if (at < 0 || kept == caption)
            return false;
        const QString headRaw = caption.left(at);
        const QString tailRaw = caption.mid(at + kept.size());
        const QString head = headRaw.trimmed();
        const QString tail = tailRaw.trimmed();
        if (head.size() > kMaxCaptionLabel || tail.size() > kMaxCaptionLabel)
            return false;
        // White space between the cut text and the caption is required, so that a shape ending in
        // digits ("Photo \d+ of \d+") cannot take a digit of the caption.
        const auto gap = [](bool space) { return space ? QStringLiteral("\\s+") : QString(); };
        seen->rule.member = Member::Caption;
        seen->rule.pattern = QStringLiteral("^") +
                             (head.isEmpty() ? QString() : textShape(head) + gap(headRaw.back().isSpace())) +
                             QStringLiteral("(.+?)") +
                             (tail.isEmpty() ? QString() : gap(tailRaw.front().isSpace()) + textShape(tail)) +
                             QStringLiteral("$");
        seen->example = caption;
        seen->before = head;
        seen->after = tail;
        return true;
    }

    // The bylines' places together: from the first name's start to the last one's end.
    SourceSpan bylinesPlace() const
    {
        const Article &corrected = m_page.record.corrected;
        SourceSpan all;
        for (qsizetype i = 0; i < corrected.bylines.size(); ++i) {
            const SourceSpan span =
                firstValid(corrected.provenance.value(FieldPath::item(Field::Bylines, i).provenanceKey()));
            if (!span.isValid())
                return printedPlace(corrected, QString(), corrected.bylines.first(), m_page.capture, shown());
            all.start = all.isValid() ? std::min(all.start, span.start) : span.start;
            all.end = std::max(all.end, span.end);
        }
        return all;
    }

    // Fills the rule's locator from the place [span) of a value or block: the line or element holding it.
    bool locate(const SourceSpan &span, Observation *seen, bool value) const
    {
        seen->rule.site = m_page.site;
        seen->rule.kind = m_document ? RuleKind::Html : RuleKind::Text;
        return m_document ? locateElement(span, seen, value) : locateLine(span, seen, value);
    }

    bool locateLine(const SourceSpan &span, Observation *seen, bool value) const
    {
        const qsizetype index = lineHolding(m_lines, span.start, span.end);
        if (index < 0)
            return false;
        const CaptureLine &line = m_lines.at(index);
        seen->example = line.text;
        if (!value) {
            seen->rule.pattern = wholeLinePattern(line.text);
            return true;
        }
        const qsizetype start = std::max(span.start, line.start) - line.start;
        const qsizetype end = std::min(span.end, line.end) - line.start;
        seen->before = line.text.left(start).trimmed();
        seen->after = line.text.mid(end).trimmed();
        seen->rule.pattern = valuePattern(line.text, start, end);
        if (!seen->rule.pattern.isEmpty())
            return true;
        // The whole line is the value: only its layout context (the line before it) can find it.
        if (index == 0)
            return false;
        seen->rule.pattern = QStringLiteral("^(.+)$");
        seen->rule.after = wholeLinePattern(m_lines.at(index - 1).text);
        seen->before = m_lines.at(index - 1).text;
        return true;
    }

    bool locateElement(const SourceSpan &span, Observation *seen, bool value) const
    {
        const HtmlNode element = innermostElement(*m_document, span.start, span.end);
        const NodePath path = NodePath::of(element);
        if (path.isEmpty())
            return false;
        seen->rule.path = path.toString();
        const QString text = elementText(element);
        seen->example = text;
        if (!value) {
            if (text.size() <= kMaxBlockPattern) {
                seen->rule.pattern = wholeLinePattern(text);
                return true;
            }
            // A long block is recognised by its element alone, which must then say what it is.
            const NodeStep &last = path.steps.last();
            return !last.id.isEmpty() || !last.classes.isEmpty() || !last.attributes.isEmpty();
        }
        const QString printed = m_page.capture.text().mid(span.start, span.length()).simplified();
        const qsizetype at = printed.isEmpty() ? -1 : text.indexOf(printed);
        if (at >= 0) {
            seen->before = text.left(at).trimmed();
            seen->after = text.mid(at + printed.size()).trimmed();
            seen->rule.pattern = valuePattern(text, at, at + printed.size());
        }
        return true;
    }

    const SitePage &m_page;
    std::unique_ptr<HtmlDocument> m_document;
    TextMap m_shown;
    QList<CaptureLine> m_lines;
};

QString describeCaption(const Observation &seen, const QString &siteName)
{
    if (seen.rule.member == Member::Credit && !seen.after.isEmpty())
        return QStringLiteral(
                   "On %1, the text after '%2' at the start of a caption, up to '%3', is the photo "
                   "credit (e.g. '%4')")
            .arg(siteName, seen.before, seen.after, shortened(seen.example));
    if (seen.rule.member == Member::Credit)
        return QStringLiteral("On %1, the text after '%2' in a caption is the photo credit (e.g. '%3')")
            .arg(siteName, seen.before, shortened(seen.example));
    QStringList cut;
    for (const QString &part : {seen.before, seen.after}) {
        if (!part.isEmpty())
            cut.append(QStringLiteral("'%1'").arg(part));
    }
    return QStringLiteral("On %1, %2 is not part of a caption (e.g. '%3')")
        .arg(siteName, cut.join(QStringLiteral(" and ")), shortened(seen.example));
}

QString describe(const Observation &seen, const QString &siteName)
{
    const SiteRule &rule = seen.rule;
    const QString example = shortened(seen.example);
    if (rule.isCaption())
        return describeCaption(seen, siteName);
    if (rule.action == RuleAction::NotArticle) {
        return rule.isHtml() ? QStringLiteral("On %1, blocks like '%2' (%3) are not part of the article")
                                   .arg(siteName, example, rule.path)
                             : QStringLiteral("On %1, lines like '%2' are not part of the article")
                                   .arg(siteName, example);
    }
    const QString label = corrections::fieldLabel(FieldPath(rule.field));
    if (!rule.after.isEmpty())
        return QStringLiteral("On %1, the %2 is the line after '%3'")
            .arg(siteName, label, shortened(seen.before));
    const QString where = rule.isHtml() ? QStringLiteral("the element %1").arg(rule.path)
                                        : QStringLiteral("lines like '%1'").arg(example);
    if (!seen.before.isEmpty())
        return QStringLiteral("On %1, the %2 is the text after '%3' in %4")
            .arg(siteName, label, seen.before, where);
    if (!seen.after.isEmpty())
        return QStringLiteral("On %1, the %2 is the text before '%3' in %4")
            .arg(siteName, label, seen.after, where);
    return QStringLiteral("On %1, the %2 is the text of %3 (e.g. '%4')").arg(siteName, label, where, example);
}

QSet<QString> bodyTexts(const Article &article)
{
    QSet<QString> texts;
    for (const BodyBlock &block : article.body)
        texts.insert(block.text);
    return texts;
}

qsizetype blocksNotIn(const Article &article, const QSet<QString> &texts)
{
    return std::count_if(article.body.cbegin(), article.body.cend(),
                         [&](const BodyBlock &block) { return !texts.contains(block.text); });
}

// How many of the images' captions and photo credits equal the corrected ones (paired by position).
int imagesAgreeing(const Article &article, const Article &corrected)
{
    int agree = 0;
    for (qsizetype i = 0; i < std::min(article.images.size(), corrected.images.size()); ++i) {
        agree += article.images.at(i).caption == corrected.images.at(i).caption;
        agree += article.images.at(i).credit == corrected.images.at(i).credit;
    }
    return agree;
}

// A caption rule reproduces a correction when it brings the captions and credits closer to the
// editor's (the editor may have mended other captions by hand too).
bool imagesCloser(const Article &base, const Article &after, const Article &corrected)
{
    return imagesAgreeing(after, corrected) > imagesAgreeing(base, corrected);
}

// Whether the rule, on top of the accepted ones, reproduces the editor's correction on an example page.
bool reproduces(const SiteRule &rule, const SitePage &page, const QList<SiteRule> &accepted,
                const Vocabulary &vocabulary)
{
    const Article base = applySiteRules(page.capture, page.general, accepted, vocabulary);
    const Article after =
        applySiteRules(page.capture, page.general, accepted + QList<SiteRule>{rule}, vocabulary);
    const Article &corrected = page.record.corrected;
    if (rule.action == RuleAction::NotArticle) {
        const QSet<QString> kept = bodyTexts(corrected);
        return blocksNotIn(after, kept) < blocksNotIn(base, kept) &&
               !after.body.isEmpty(); // never a rule that empties the body
    }
    if (rule.isCaption())
        return imagesCloser(base, after, corrected);
    if (rule.field == Field::Bylines)
        return after.bylines == corrected.bylines;
    return fieldText(after, rule.field) == fieldText(corrected, rule.field);
}

void addEffects(RuleProposal *proposal, const QList<SitePage> &pages, const QList<SiteRule> &accepted,
                const Vocabulary &vocabulary)
{
    for (const SitePage &page : pages) {
        if (page.site != proposal->rule.site || isEditorsRecord(page.record) ||
            proposal->examplePages.contains(page.record.source.id))
            continue;
        ++proposal->otherPages;
        const Article base = applySiteRules(page.capture, page.general, accepted, vocabulary);
        const Article after = applySiteRules(page.capture, page.general,
                                             accepted + QList<SiteRule>{proposal->rule}, vocabulary);
        const QList<ValueChange> changes = articleChanges(page.record.source.id, base, after);
        if (changes.isEmpty())
            continue;
        ++proposal->pagesChanged;
        proposal->valuesChanged += int(changes.size());
        for (const ValueChange &change : changes) {
            if (proposal->preview.size() < kPreviewChanges)
                proposal->preview.append(change);
        }
    }
}

bool reproducesOnExamples(const RuleProposal &proposal, const QList<SitePage> &pages,
                          const QList<SiteRule> &accepted, const Vocabulary &vocabulary)
{
    return std::all_of(pages.cbegin(), pages.cend(), [&](const SitePage &page) {
        return !proposal.examplePages.contains(page.record.source.id) ||
               reproduces(proposal.rule, page, accepted, vocabulary);
    });
}

} // namespace

QList<ValueChange> articleChanges(const QString &pageId, const Article &before, const Article &after)
{
    QList<ValueChange> out;
    const auto compare = [&](const QString &field, const QString &a, const QString &b) {
        if (a != b)
            out.append(ValueChange{pageId, field, a, b});
    };
    for (const Field field : kTextFields)
        compare(FieldPath::fieldName(field), fieldText(before, field), fieldText(after, field));
    compare(FieldPath::fieldName(Field::Bylines), before.bylines.join(QStringLiteral("; ")),
            after.bylines.join(QStringLiteral("; ")));
    for (qsizetype i = 0; i < std::max(before.images.size(), after.images.size()); ++i) {
        const Image was = before.images.value(i);
        const Image is = after.images.value(i);
        compare(FieldPath::item(Field::Images, i, Member::Caption).toString(), was.caption, is.caption);
        compare(FieldPath::item(Field::Images, i, Member::Credit).toString(), was.credit, is.credit);
    }
    const QSet<QString> was = bodyTexts(before);
    const QSet<QString> is = bodyTexts(after);
    const QString body = FieldPath::fieldName(Field::Body);
    for (const BodyBlock &block : before.body) {
        if (!is.contains(block.text))
            out.append(ValueChange{pageId, body, block.text, QString()});
    }
    for (const BodyBlock &block : after.body) {
        if (!was.contains(block.text))
            out.append(ValueChange{pageId, body, QString(), block.text});
    }
    return out;
}

RuleProposal previewRule(const SiteRule &rule, const QStringList &examplePages, const QList<SitePage> &pages,
                         const RuleBook &book, const Vocabulary &vocabulary, bool *reproducesExamples)
{
    RuleProposal proposal;
    proposal.rule = rule;
    proposal.examplePages = examplePages;
    const QList<SiteRule> accepted = book.rulesFor(rule.site);
    if (reproducesExamples)
        *reproducesExamples = reproducesOnExamples(proposal, pages, accepted, vocabulary);
    addEffects(&proposal, pages, accepted, vocabulary);
    return proposal;
}

QList<RuleProposal> proposeRules(const QList<SitePage> &pages, const RuleBook &book,
                                 const Vocabulary &vocabulary)
{
    // Same kind of correction = the same rule content, on distinct pages of one site.
    QMap<QString, Group> groups;
    for (const SitePage &page : pages) {
        if (page.site.isEmpty() || page.record.history.isEmpty())
            continue;
        for (Observation &seen : PageObserver(page).observations()) {
            seen.rule.assignId();
            Group &group = groups[seen.rule.contentKey()];
            if (group.pages.isEmpty())
                group.first = seen;
            if (!group.pages.contains(page.record.source.id))
                group.pages.append(page.record.source.id);
        }
    }
    QList<RuleProposal> proposals;
    for (const Group &group : std::as_const(groups)) {
        if (group.pages.size() < 2 || book.contains(group.first.rule.id) ||
            book.isDeclined(group.first.rule.id))
            continue;
        RuleProposal proposal;
        proposal.rule = group.first.rule;
        proposal.rule.examples = int(group.pages.size());
        proposal.rule.description = describe(group.first, book.displayName(proposal.rule.site));
        proposal.examplePages = group.pages;
        const QList<SiteRule> accepted = book.rulesFor(proposal.rule.site);
        if (!reproducesOnExamples(proposal, pages, accepted, vocabulary))
            continue;
        if (const SiteRule *edit = book.editOf(proposal.rule.id)) {
            // The editor's edit stands in for the proposal, until it is accepted or declined.
            if (book.contains(edit->id) || book.isDeclined(edit->id))
                continue;
            proposal.rule = *edit;
            proposal.rule.examples = int(group.pages.size());
        }
        addEffects(&proposal, pages, accepted, vocabulary);
        proposals.append(proposal);
    }
    std::sort(proposals.begin(), proposals.end(), [](const RuleProposal &a, const RuleProposal &b) {
        if (a.rule.site != b.rule.site)
            return a.rule.site < b.rule.site;
        if (a.rule.examples != b.rule.examples)
            return a.rule.examples > b.rule.examples;
        return a.rule.id < b.rule.id;
    });
    return proposals;
}

} // namespace galley
