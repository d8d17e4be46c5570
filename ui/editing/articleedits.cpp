// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/articleedits.h"

#include "editing/recorddocument.h"
#include "review/corrections.h"
#include "review/extractedvalues.h"

#include <QCoreApplication>

namespace galley::edits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::edits", text);
}

QString label(const FieldPath &path)
{
    return corrections::fieldLabel(path);
}

} // namespace

void setText(RecordDocument *doc, const FieldPath &path, const QString &value)
{
    doc->edit(
        path, tr("Edit %1").arg(label(path)),
        [&](ArticleDraft *d) {
            corrections::setTyped(d, path, value, doc->vocabulary(), doc->captureText(),
                                  corrections::Typing::InProgress);
        },
        true);
}

void finishTyping(RecordDocument *doc, const FieldPath &path)
{
    doc->edit(
        path, tr("Edit %1").arg(label(path)),
        [&](ArticleDraft *d) { corrections::finishTyping(d, path, doc->vocabulary(), doc->captureText()); },
        true);
}

void setValue(RecordDocument *doc, const FieldPath &path, const QString &value)
{
    doc->edit(path, tr("Edit %1").arg(label(path)), [&](ArticleDraft *d) {
        corrections::setTyped(d, path, value, doc->vocabulary(), doc->captureText());
    });
}

void setFromSource(RecordDocument *doc, const FieldPath &path, const QString &value, const SourceSpan &span)
{
    doc->edit(path, tr("Set %1 from the capture").arg(label(path)),
              [&](ArticleDraft *d) { corrections::setFromCapture(d, path, value, span, doc->vocabulary()); });
}

qsizetype addBylines(RecordDocument *doc, const QString &text, const SourceSpan &span)
{
    qsizetype added = 0;
    doc->edit(Field::Bylines, tr("Add byline"),
              [&](ArticleDraft *d) { added = corrections::addBylines(d, text, span, doc->vocabulary()); });
    return added;
}

qsizetype addEmpty(RecordDocument *doc, Field list)
{
    qsizetype index = -1;
    doc->edit(list, tr("Add %1").arg(label(list)),
              [&](ArticleDraft *d) { index = corrections::appendEmpty(d, list); });
    return index;
}

qsizetype addContributor(RecordDocument *doc, const QString &name, const QString &role)
{
    qsizetype index = -1;
    doc->edit(Field::Contributors, tr("Add contributor"),
              [&](ArticleDraft *d) { index = corrections::addContributor(d, name, role); });
    return index;
}

qsizetype addBodyBlock(RecordDocument *doc, const QString &text, const SourceSpan &span)
{
    qsizetype index = -1;
    doc->edit(Field::Body, tr("Add to body"),
              [&](ArticleDraft *d) { index = corrections::addBodyBlock(d, text, span); });
    return index;
}

void removeItem(RecordDocument *doc, Field list, qsizetype index)
{
    doc->edit(list, tr("Remove %1").arg(label(list)),
              [&](ArticleDraft *d) { corrections::removeItem(d, list, index); });
}

void moveItem(RecordDocument *doc, Field list, qsizetype from, qsizetype to)
{
    doc->edit(list, tr("Move %1").arg(label(list)),
              [&](ArticleDraft *d) { corrections::moveItem(d, list, from, to); });
}

qsizetype splitByline(RecordDocument *doc, qsizetype index)
{
    qsizetype names = 0;
    doc->edit(Field::Bylines, tr("Split byline"),
              [&](ArticleDraft *d) { names = corrections::splitByline(d, index, doc->vocabulary()); });
    return names;
}

void setBodyIncluded(RecordDocument *doc, qsizetype index, bool included)
{
    doc->edit(FieldPath::item(Field::Body, index),
              included ? tr("Include body block") : tr("Exclude body block"),
              [&](ArticleDraft *d) { corrections::setBodyIncluded(d, index, included); });
}

int markNotArticle(RecordDocument *doc, const SourceSpan &span)
{
    int affected = 0;
    doc->edit(Field::Body, tr("Mark as not part of the article"),
              [&](ArticleDraft *d) { affected = corrections::markNotArticle(d, span); });
    return affected;
}

bool resetToExtracted(RecordDocument *doc, const FieldPath &path)
{
    const FieldPath field = extractedvalues::markedField(path);
    bool changed = false;
    doc->edit(field, tr("Reset %1 to extracted").arg(label(field)), [&](ArticleDraft *d) {
        changed = corrections::resetToExtracted(d, doc->savedRecord().extracted, field);
    });
    return changed;
}

bool resetPage(RecordDocument *doc)
{
    bool changed = false;
    doc->edit(FieldPath(), tr("Reset page to extracted"), [&](ArticleDraft *d) {
        changed = corrections::resetAllToExtracted(d, doc->savedRecord().extracted);
    });
    return changed;
}

} // namespace galley::edits
