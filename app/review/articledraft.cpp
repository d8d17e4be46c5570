// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/articledraft.h"

#include <QSet>
#include <utility>

namespace galley {

namespace {

template<typename List> void moveItem(List *items, qsizetype from, qsizetype to)
{
    if (from >= 0 && from < items->size() && to >= 0 && to < items->size())
        items->move(from, to);
}

QString *textSlot(Article *a, const FieldPath &path)
{
    if (!path.isValid())
        return nullptr;
    const qsizetype i = path.index();
    switch (path.field()) {
    case Field::Headline:
        return &a->headline;
    case Field::Published:
        return &a->published;
    case Field::Dateline:
        return &a->dateline;
    case Field::Credit:
        return &a->credit;
    case Field::Publisher:
        return &a->publisher;
    case Field::Bylines:
        return i >= 0 && i < a->bylines.size() ? &a->bylines[i] : nullptr;
    case Field::Body:
        return i >= 0 && i < a->body.size() ? &a->body[i].text : nullptr;
    case Field::Images:
        if (i < 0 || i >= a->images.size())
            return nullptr;
        switch (path.member()) {
        case Member::Caption:
            return &a->images[i].caption;
        case Member::Credit:
            return &a->images[i].credit;
        case Member::Src:
            return &a->images[i].src;
        default:
            return nullptr;
        }
    case Field::Contributors:
        if (i < 0 || i >= a->contributors.size())
            return nullptr;
        if (path.member() == Member::Name)
            return &a->contributors[i].name;
        if (path.member() == Member::Role)
            return &a->contributors[i].role;
        return nullptr;
    }
    return nullptr;
}

} // namespace

QString fieldText(const Article &article, const FieldPath &path)
{
    QString *slot = textSlot(const_cast<Article *>(&article), path); // read only: textSlot does not write
    return slot ? *slot : QString();
}

bool setFieldText(Article *article, const FieldPath &path, const QString &value)
{
    QString *slot = textSlot(article, path);
    if (!slot)
        return false;
    *slot = value;
    return true;
}

void shiftProvenance(Provenance *provenance, Field list, qsizetype from, qsizetype delta)
{
    Provenance shifted;
    for (auto it = provenance->cbegin(); it != provenance->cend(); ++it) {
        const FieldPath key = FieldPath::parse(it.key());
        if (!key.isValid() || key.field() != list || key.index() < from) {
            shifted.insert(it.key(), it.value());
            continue;
        }
        if (delta < 0 && key.index() == from)
            continue; // the removed item's own spans
        shifted.insert(key.withIndex(key.index() + delta).toString(), it.value());
    }
    *provenance = std::move(shifted);
}

ArticleDraft ArticleDraft::fromRecord(const Article &corrected, const Article &extracted)
{
    ArticleDraft draft;
    draft.article = corrected;
    draft.opened = corrected;
    draft.bodyIncluded = QList<bool>(corrected.body.size(), true);

    QSet<QString> kept;
    for (const BodyBlock &block : corrected.body)
        kept.insert(block.text);
    // Walk the extraction in order; a removed block goes right after the last kept block seen so far.
    qsizetype insertAt = 0;
    for (qsizetype i = 0; i < extracted.body.size(); ++i) {
        const BodyBlock &block = extracted.body.at(i);
        if (kept.contains(block.text)) {
            const qsizetype found = draft.article.body.indexOf(block, insertAt);
            if (found >= 0)
                insertAt = found + 1;
            continue;
        }
        shiftProvenance(&draft.article.provenance, Field::Body, insertAt, 1);
        draft.article.body.insert(insertAt, block);
        draft.bodyIncluded.insert(insertAt, false);
        const auto spans = extracted.provenance.value(FieldPath::item(Field::Body, i).toString());
        if (!spans.isEmpty())
            draft.article.provenance.insert(FieldPath::item(Field::Body, insertAt).toString(), spans);
        ++insertAt;
    }
    return draft;
}

Article ArticleDraft::corrected() const
{
    Article result = article;
    for (qsizetype i = result.body.size() - 1; i >= 0; --i) {
        if (!isIncluded(i)) {
            result.body.removeAt(i);
            shiftProvenance(&result.provenance, Field::Body, i, -1);
        }
    }
    return result;
}

namespace draftlist {

qsizetype size(const ArticleDraft &draft, Field list)
{
    const Article &a = draft.article;
    switch (list) {
    case Field::Bylines:
        return a.bylines.size();
    case Field::Contributors:
        return a.contributors.size();
    case Field::Images:
        return a.images.size();
    case Field::Body:
        return a.body.size();
    default:
        return 0;
    }
}

void remove(ArticleDraft *draft, Field list, qsizetype index)
{
    if (index < 0 || index >= size(*draft, list))
        return;
    Article &a = draft->article;
    if (list == Field::Bylines)
        a.bylines.removeAt(index);
    else if (list == Field::Contributors)
        a.contributors.removeAt(index);
    else if (list == Field::Images)
        a.images.removeAt(index);
    else if (list == Field::Body) {
        a.body.removeAt(index);
        if (index < draft->bodyIncluded.size())
            draft->bodyIncluded.removeAt(index);
    }
    shiftProvenance(&a.provenance, list, index, -1);
}

void insertEmpty(ArticleDraft *draft, Field list, qsizetype index)
{
    if (!FieldPath::isListField(list))
        return;
    index = qBound<qsizetype>(0, index, size(*draft, list));
    Article &a = draft->article;
    shiftProvenance(&a.provenance, list, index, 1);
    if (list == Field::Bylines)
        a.bylines.insert(index, QString());
    else if (list == Field::Contributors)
        a.contributors.insert(index, Contributor{});
    else if (list == Field::Images)
        a.images.insert(index, Image{});
    else if (list == Field::Body) {
        a.body.insert(index, BodyBlock{});
        while (draft->bodyIncluded.size() < index)
            draft->bodyIncluded.append(true);
        draft->bodyIncluded.insert(index, true);
    }
}

void move(ArticleDraft *draft, Field list, qsizetype from, qsizetype to)
{
    const qsizetype n = size(*draft, list);
    if (from == to || from < 0 || to < 0 || from >= n || to >= n)
        return;
    Article &a = draft->article;
    // Set the moving item's spans aside, renumber the others, then file them under the new index.
    QList<std::pair<FieldPath, QList<SourceSpan>>> moving;
    for (auto it = a.provenance.cbegin(); it != a.provenance.cend(); ++it) {
        const FieldPath key = FieldPath::parse(it.key());
        if (key.isValid() && key.field() == list && key.index() == from)
            moving.append({key, it.value()});
    }
    shiftProvenance(&a.provenance, list, from, -1);
    shiftProvenance(&a.provenance, list, to, 1);
    for (const auto &[key, spans] : std::as_const(moving))
        a.provenance.insert(key.withIndex(to).toString(), spans);

    if (list == Field::Bylines)
        moveItem(&a.bylines, from, to);
    else if (list == Field::Contributors)
        moveItem(&a.contributors, from, to);
    else if (list == Field::Images)
        moveItem(&a.images, from, to);
    else if (list == Field::Body) {
        moveItem(&a.body, from, to);
        while (draft->bodyIncluded.size() < n)
            draft->bodyIncluded.append(true);
        moveItem(&draft->bodyIncluded, from, to);
    }
}

} // namespace draftlist

} // namespace galley
