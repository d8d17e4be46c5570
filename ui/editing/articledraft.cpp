// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/articledraft.h"

#include <QSet>
#include <utility>

namespace galley {

namespace {

/// Parses "<list>/<i>[/rest]" into i and rest; false for other keys.
bool parseKey(const QString &key, const QString &list, qsizetype *index, QString *rest)
{
    if (!key.startsWith(list) || key.size() <= list.size() + 1 || key.at(list.size()) != QLatin1Char('/'))
        return false;
    const qsizetype slash = key.indexOf(QLatin1Char('/'), list.size() + 1);
    bool ok = false;
    const auto digits = QStringView(key).mid(list.size() + 1, slash < 0 ? -1 : slash - list.size() - 1);
    *index = digits.toLongLong(&ok);
    *rest = slash < 0 ? QString() : key.mid(slash);
    return ok;
}

QString itemKey(const QString &list, qsizetype index, const QString &rest)
{
    return list + QLatin1Char('/') + QString::number(index) + rest;
}

template<typename List> void moveItem(List *items, qsizetype from, qsizetype to)
{
    if (from >= 0 && from < items->size() && to >= 0 && to < items->size())
        items->move(from, to);
}

} // namespace

void shiftProvenance(Provenance *provenance, const QString &list, qsizetype from, qsizetype delta)
{
    Provenance shifted;
    for (auto it = provenance->cbegin(); it != provenance->cend(); ++it) {
        qsizetype index = 0;
        QString rest;
        if (!parseKey(it.key(), list, &index, &rest) || index < from) {
            shifted.insert(it.key(), it.value());
            continue;
        }
        if (delta < 0 && index == from)
            continue; // the removed item's own spans
        shifted.insert(itemKey(list, index + delta, rest), it.value());
    }
    *provenance = std::move(shifted);
}

ArticleDraft ArticleDraft::fromRecord(const Article &corrected, const Article &extracted)
{
    ArticleDraft draft;
    draft.article = corrected;
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
        shiftProvenance(&draft.article.provenance, QStringLiteral("body"), insertAt, 1);
        draft.article.body.insert(insertAt, block);
        draft.bodyIncluded.insert(insertAt, false);
        const auto spans = extracted.provenance.value(QStringLiteral("body/%1").arg(i));
        if (!spans.isEmpty())
            draft.article.provenance.insert(QStringLiteral("body/%1").arg(insertAt), spans);
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
            shiftProvenance(&result.provenance, QStringLiteral("body"), i, -1);
        }
    }
    return result;
}

namespace draftlist {

qsizetype size(const ArticleDraft &draft, const QString &list)
{
    const Article &a = draft.article;
    if (list == QLatin1String("bylines"))
        return a.bylines.size();
    if (list == QLatin1String("contributors"))
        return a.contributors.size();
    if (list == QLatin1String("images"))
        return a.images.size();
    if (list == QLatin1String("body"))
        return a.body.size();
    return 0;
}

void remove(ArticleDraft *draft, const QString &list, qsizetype index)
{
    if (index < 0 || index >= size(*draft, list))
        return;
    Article &a = draft->article;
    if (list == QLatin1String("bylines"))
        a.bylines.removeAt(index);
    else if (list == QLatin1String("contributors"))
        a.contributors.removeAt(index);
    else if (list == QLatin1String("images"))
        a.images.removeAt(index);
    else if (list == QLatin1String("body")) {
        a.body.removeAt(index);
        if (index < draft->bodyIncluded.size())
            draft->bodyIncluded.removeAt(index);
    }
    shiftProvenance(&a.provenance, list, index, -1);
}

void insertEmpty(ArticleDraft *draft, const QString &list, qsizetype index)
{
    index = qBound<qsizetype>(0, index, size(*draft, list));
    Article &a = draft->article;
    shiftProvenance(&a.provenance, list, index, 1);
    if (list == QLatin1String("bylines"))
        a.bylines.insert(index, QString());
    else if (list == QLatin1String("contributors"))
        a.contributors.insert(index, Contributor{});
    else if (list == QLatin1String("images"))
        a.images.insert(index, Image{});
    else if (list == QLatin1String("body")) {
        a.body.insert(index, BodyBlock{});
        while (draft->bodyIncluded.size() < index)
            draft->bodyIncluded.append(true);
        draft->bodyIncluded.insert(index, true);
    }
}

void move(ArticleDraft *draft, const QString &list, qsizetype from, qsizetype to)
{
    const qsizetype n = size(*draft, list);
    if (from == to || from < 0 || to < 0 || from >= n || to >= n)
        return;
    Article &a = draft->article;
    // Park the moving item's spans under a key no list uses, renumber, then bring them back.
    Provenance moving;
    for (auto it = a.provenance.cbegin(); it != a.provenance.cend(); ++it) {
        qsizetype index = 0;
        QString rest;
        if (parseKey(it.key(), list, &index, &rest) && index == from)
            moving.insert(rest, it.value());
    }
    shiftProvenance(&a.provenance, list, from, -1);
    shiftProvenance(&a.provenance, list, to, 1);
    for (auto it = moving.cbegin(); it != moving.cend(); ++it)
        a.provenance.insert(itemKey(list, to, it.key()), it.value());

    if (list == QLatin1String("bylines"))
        moveItem(&a.bylines, from, to);
    else if (list == QLatin1String("contributors"))
        moveItem(&a.contributors, from, to);
    else if (list == QLatin1String("images"))
        moveItem(&a.images, from, to);
    else if (list == QLatin1String("body")) {
        moveItem(&a.body, from, to);
        while (draft->bodyIncluded.size() < n)
            draft->bodyIncluded.append(true);
        moveItem(&draft->bodyIncluded, from, to);
    }
}

} // namespace draftlist

} // namespace galley
