// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/corrections.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/dateparser.h"
#include "review/fieldchecks.h"

#include <QCoreApplication>
#include <QDateTime>

namespace galley::corrections {

namespace {

// The field names the window shows, translated when shown: QT_TRANSLATE_NOOP files each for lupdate under
// the context translated() looks it up in (a helper named tr() would be filed under the namespace).
QString translated(const char *text)
{
    return QCoreApplication::translate("galley::corrections", text);
}

// Typed values shorter than this are too common to say where they were printed ("AP" is in any page).
constexpr qsizetype kShortestTypedMatch = 3;

// Where a typed value is printed in the capture: the first occurrence of what the editor typed, or of
// the value it became. None when neither is printed (the editor wrote something new).
QList<SourceSpan> typedSpans(const QStringList &candidates, QStringView captureText)
{
    for (const QString &candidate : candidates) {
        const QString needle = candidate.simplified();
        if (needle.size() < kShortestTypedMatch)
            continue;
        const qsizetype at = captureText.indexOf(needle);
        if (at >= 0)
            return {SourceSpan{at, at + needle.size(), QString::fromUtf16(kViaTyped)}};
    }
    return {};
}

// The source of a typed value: where the field's value came from when the draft was opened, if it was
// typed back to that value (a top-level field: list items may have moved since); else where it is
// printed in the capture; else none.
QList<SourceSpan> spansOfTyped(const ArticleDraft &draft, const FieldPath &path, const QStringList &typed,
                               QStringView captureText)
{
    if (!path.isItem() && fieldText(draft.opened, path) == fieldText(draft.article, path) &&
        draft.opened.provenance.contains(path.provenanceKey()))
        return draft.opened.provenance.value(path.provenanceKey());
    return typedSpans(typed, captureText);
}

// Whether `path` carries the provenance of its key (a contributor's role does not: the spans are the
// name's).
bool ownsProvenance(const FieldPath &path)
{
    return !(path.field() == Field::Contributors && path.member() == Member::Role);
}

void setSpans(ArticleDraft *draft, const FieldPath &path, const QList<SourceSpan> &spans)
{
    if (!ownsProvenance(path))
        return;
    if (spans.isEmpty())
        draft->article.provenance.remove(path.provenanceKey());
    else
        draft->article.provenance.insert(path.provenanceKey(), spans);
}

bool inside(const QList<SourceSpan> &spans, const SourceSpan &outer)
{
    if (spans.isEmpty())
        return false;
    for (const SourceSpan &s : spans) {
        if (!s.isValid() || s.start < outer.start || s.end > outer.end)
            return false;
    }
    return true;
}

QString spansKey(Field list, qsizetype index, Member member = Member::None)
{
    return FieldPath::item(list, index, member).provenanceKey();
}

} // namespace

QString normalise(const FieldPath &path, const QString &text, const Vocabulary &vocabulary)
{
    const QString simple = text.simplified();
    switch (path.field()) {
    case Field::Credit: {
        const QString canonical = vocabulary.canonicalAgency(simple);
        return canonical.isEmpty() ? simple : canonical;
    }
    case Field::Published: {
        if (simple.isEmpty() || isIsoDate(simple))
            return simple;
        const QString parsed = dates::parseDate(simple);
        return parsed.isEmpty() ? simple : parsed;
    }
    case Field::Bylines: {
        if (!path.isItem())
            return simple;
        const QStringList names = splitByline(simple, vocabulary);
        return names.size() == 1 ? names.constFirst() : simple;
    }
    case Field::Body:
        return text.trimmed();
    default:
        return simple;
    }
}

bool setTyped(ArticleDraft *draft, const FieldPath &path, const QString &text, const Vocabulary &vocabulary,
              QStringView captureText, Typing typing)
{
    const QString value = typing == Typing::Finished ? normalise(path, text, vocabulary) : text;
    const QString current = fieldText(draft->article, path);
    if (!setFieldText(&draft->article, path, value))
        return false;
    // The value it already has is no correction: it keeps its source (a credit chosen from the capture
    // and then confirmed in its field keeps the selection).
    if (current == value)
        return true;
    setSpans(draft, path, spansOfTyped(*draft, path, {text, value}, captureText));
    return true;
}

bool finishTyping(ArticleDraft *draft, const FieldPath &path, const Vocabulary &vocabulary,
                  QStringView captureText)
{
    const QString typed = fieldText(draft->article, path);
    const QString value = normalise(path, typed, vocabulary);
    if (value == typed || !setFieldText(&draft->article, path, value))
        return false;
    setSpans(draft, path, spansOfTyped(*draft, path, {typed, value}, captureText));
    return true;
}

bool setFromCapture(ArticleDraft *draft, const FieldPath &path, const QString &text, const SourceSpan &span,
                    const Vocabulary &vocabulary)
{
    if (!setFieldText(&draft->article, path, normalise(path, text, vocabulary)))
        return false;
    SourceSpan selection = span;
    selection.via = QString::fromUtf16(kViaSelection);
    setSpans(draft, path, span.isValid() ? QList<SourceSpan>{selection} : QList<SourceSpan>{});
    return true;
}

qsizetype addBylines(ArticleDraft *draft, const QString &text, const SourceSpan &span,
                     const Vocabulary &vocabulary)
{
    const ParsedByline parsed = parseByline(vocabulary, text, false, true);
    QStringList names;
    for (const ParsedName &name : std::as_const(parsed.names))
        names.append(name.name);
    if (names.isEmpty() && parsed.credit.isEmpty() && !text.trimmed().isEmpty())
        names.append(text.simplified());
    SourceSpan selection = span;
    selection.via = QString::fromUtf16(kViaSelection);
    for (const QString &name : std::as_const(names)) {
        const qsizetype index = appendEmpty(draft, Field::Bylines);
        draft->article.bylines[index] = name;
        // The selection's text is what the pane shows, not the capture's characters, so offsets inside
        // it are not capture offsets: each name keeps the whole selection as its source.
        if (span.isValid())
            draft->article.provenance.insert(spansKey(Field::Bylines, index), {selection});
    }
    if (!parsed.credit.isEmpty() && draft->article.credit.trimmed().isEmpty()) {
        draft->article.credit = parsed.credit;
        setSpans(draft, Field::Credit, span.isValid() ? QList<SourceSpan>{selection} : QList<SourceSpan>{});
    }
    return names.size();
}

qsizetype splitByline(ArticleDraft *draft, qsizetype index, const Vocabulary &vocabulary)
{
    const QStringList &bylines = draft->article.bylines;
    if (index < 0 || index >= bylines.size())
        return 0;
    const QStringList names = galley::splitByline(bylines.at(index), vocabulary);
    if (names.size() == 1 && names.constFirst() == bylines.at(index))
        return 1;
    const QList<SourceSpan> spans = draft->article.provenance.value(spansKey(Field::Bylines, index));
    draftlist::remove(draft, Field::Bylines, index);
    for (qsizetype n = 0; n < names.size(); ++n) {
        draftlist::insertEmpty(draft, Field::Bylines, index + n);
        draft->article.bylines[index + n] = names.at(n);
        if (!spans.isEmpty()) // each name came from the same printed line
            draft->article.provenance.insert(spansKey(Field::Bylines, index + n), spans);
    }
    return names.size();
}

qsizetype appendEmpty(ArticleDraft *draft, Field list)
{
    const qsizetype index = draftlist::size(*draft, list);
    draftlist::insertEmpty(draft, list, index);
    return index;
}

qsizetype addContributor(ArticleDraft *draft, const QString &name, const QString &role)
{
    const qsizetype index = appendEmpty(draft, Field::Contributors);
    draft->article.contributors[index] = Contributor{name.simplified(), role.simplified()};
    return index;
}

qsizetype addBodyBlock(ArticleDraft *draft, const QString &text, const SourceSpan &span)
{
    const qsizetype index = appendEmpty(draft, Field::Body);
    draft->article.body[index].text = text.trimmed();
    if (span.isValid()) {
        SourceSpan selection = span;
        selection.via = QString::fromUtf16(kViaSelection);
        draft->article.provenance.insert(spansKey(Field::Body, index), {selection});
    }
    return index;
}

bool removeItem(ArticleDraft *draft, Field list, qsizetype index)
{
    if (index < 0 || index >= draftlist::size(*draft, list))
        return false;
    draftlist::remove(draft, list, index);
    return true;
}

bool moveItem(ArticleDraft *draft, Field list, qsizetype from, qsizetype to)
{
    const qsizetype n = draftlist::size(*draft, list);
    if (from == to || from < 0 || to < 0 || from >= n || to >= n)
        return false;
    draftlist::move(draft, list, from, to);
    return true;
}

bool setBodyIncluded(ArticleDraft *draft, qsizetype index, bool included)
{
    if (index < 0 || index >= draft->article.body.size())
        return false;
    while (draft->bodyIncluded.size() < draft->article.body.size())
        draft->bodyIncluded.append(true);
    if (draft->bodyIncluded.at(index) == included)
        return false;
    draft->bodyIncluded[index] = included;
    return true;
}

int markNotArticle(ArticleDraft *draft, const SourceSpan &span)
{
    int affected = 0;
    Article &a = draft->article;
    const auto spansOf = [&](const QString &key) { return a.provenance.value(key); };
    while (draft->bodyIncluded.size() < a.body.size())
        draft->bodyIncluded.append(true);
    for (qsizetype i = 0; i < a.body.size(); ++i) {
        if (draft->bodyIncluded.at(i) && inside(spansOf(spansKey(Field::Body, i)), span)) {
            draft->bodyIncluded[i] = false;
            ++affected;
        }
    }
    for (qsizetype i = a.images.size() - 1; i >= 0; --i) {
        for (const Member member : {Member::Caption, Member::Credit}) {
            const FieldPath path = FieldPath::item(Field::Images, i, member);
            if (inside(spansOf(path.provenanceKey()), span)) {
                setFieldText(&a, path, QString());
                a.provenance.remove(path.provenanceKey());
                ++affected;
            }
        }
    }
    for (const Field list : {Field::Bylines, Field::Contributors}) {
        for (qsizetype i = draftlist::size(*draft, list) - 1; i >= 0; --i) {
            if (inside(spansOf(spansKey(list, i)), span)) {
                draftlist::remove(draft, list, i);
                ++affected;
            }
        }
    }
    return affected;
}

QString fieldLabel(const FieldPath &path)
{
    switch (path.field()) {
    case Field::Headline:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "headline"));
    case Field::Bylines:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "byline"));
    case Field::Published:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "date"));
    case Field::Dateline:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "dateline"));
    case Field::Credit:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "credit"));
    case Field::Publisher:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "publisher"));
    case Field::Images:
        return path.member() == Member::Credit
                   ? translated(QT_TRANSLATE_NOOP("galley::corrections", "photo credit"))
                   : translated(QT_TRANSLATE_NOOP("galley::corrections", "caption"));
    case Field::Body:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "body"));
    case Field::Contributors:
        return translated(QT_TRANSLATE_NOOP("galley::corrections", "contributor"));
    }
    return path.toString();
}

} // namespace galley::corrections
