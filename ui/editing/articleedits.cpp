// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/articleedits.h"

#include "editing/bylinecheck.h"
#include "editing/recorddocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::edits", text);
}

/// "images/2/caption" -> {"images", 2, "caption"}; false when the path has no index.
bool splitPath(const QString &path, QString *list, qsizetype *index, QString *member)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return false;
    bool ok = false;
    *list = parts.at(0);
    *index = parts.at(1).toLongLong(&ok);
    *member = parts.size() > 2 ? parts.at(2) : QString();
    return ok && *index >= 0;
}

QString *textSlot(Article *a, const QString &path)
{
    if (path == QLatin1String("headline"))
        return &a->headline;
    if (path == QLatin1String("published"))
        return &a->published;
    if (path == QLatin1String("dateline"))
        return &a->dateline;
    if (path == QLatin1String("credit"))
        return &a->credit;
    if (path == QLatin1String("publisher"))
        return &a->publisher;
    QString list, member;
    qsizetype i = 0;
    if (!splitPath(path, &list, &i, &member))
        return nullptr;
    if (list == QLatin1String("bylines") && i < a->bylines.size() && member.isEmpty())
        return &a->bylines[i];
    if (list == QLatin1String("body") && i < a->body.size() && member.isEmpty())
        return &a->body[i].text;
    if (list == QLatin1String("images") && i < a->images.size()) {
        Image &image = a->images[i];
        if (member == QLatin1String("caption"))
            return &image.caption;
        if (member == QLatin1String("credit"))
            return &image.credit;
        if (member == QLatin1String("src"))
            return &image.src;
    }
    if (list == QLatin1String("contributors") && i < a->contributors.size()) {
        Contributor &c = a->contributors[i];
        if (member == QLatin1String("name"))
            return &c.name;
        if (member == QLatin1String("role"))
            return &c.role;
    }
    return nullptr;
}

QString fieldLabel(const QString &path)
{
    const QString top = path.section(QLatin1Char('/'), 0, 0);
    if (top == QLatin1String("headline"))
        return tr("headline");
    if (top == QLatin1String("bylines"))
        return tr("byline");
    if (top == QLatin1String("published"))
        return tr("date");
    if (top == QLatin1String("dateline"))
        return tr("dateline");
    if (top == QLatin1String("credit"))
        return tr("credit");
    if (top == QLatin1String("publisher"))
        return tr("publisher");
    if (top == QLatin1String("images"))
        return path.endsWith(QLatin1String("/credit")) ? tr("photo credit") : tr("caption");
    if (top == QLatin1String("body"))
        return tr("body");
    if (top == QLatin1String("contributors"))
        return tr("contributor");
    return path;
}

/// The provenance key a text field's spans live under ("contributors/0/name" -> "contributors/0").
QString provenanceKey(const QString &path)
{
    if (path.startsWith(QLatin1String("contributors/")))
        return path.section(QLatin1Char('/'), 0, 1);
    return path;
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

} // namespace

QString fieldText(const Article &article, const QString &path)
{
    QString *slot = textSlot(const_cast<Article *>(&article), path); // read only: textSlot does not write
    return slot ? *slot : QString();
}

bool setFieldText(Article *article, const QString &path, const QString &value)
{
    QString *slot = textSlot(article, path);
    if (!slot)
        return false;
    *slot = value;
    return true;
}

namespace edits {

void setText(RecordDocument *doc, const QString &path, const QString &value)
{
    doc->edit(
        path, tr("Edit %1").arg(fieldLabel(path)),
        [&](ArticleDraft *d) { setFieldText(&d->article, path, value); }, true);
}

void setFromSource(RecordDocument *doc, const QString &path, const QString &value, const SourceSpan &span)
{
    doc->edit(path, tr("Set %1 from the capture").arg(fieldLabel(path)), [&](ArticleDraft *d) {
        if (setFieldText(&d->article, path, value) && span.isValid())
            d->article.provenance.insert(provenanceKey(path), {span});
    });
}

namespace {

qsizetype appendItem(RecordDocument *doc, const QString &list, const QString &text,
                     const std::function<void(ArticleDraft *, qsizetype)> &fill)
{
    const qsizetype index = draftlist::size(doc->draft(), list);
    doc->edit(list, text, [&](ArticleDraft *d) {
        draftlist::insertEmpty(d, list, index);
        fill(d, index);
    });
    return index;
}

} // namespace

qsizetype addByline(RecordDocument *doc, const QString &name, const SourceSpan &span)
{
    return appendItem(doc, QStringLiteral("bylines"), tr("Add byline"), [&](ArticleDraft *d, qsizetype i) {
        d->article.bylines[i] = name;
        if (span.isValid())
            d->article.provenance.insert(QStringLiteral("bylines/%1").arg(i), {span});
    });
}

qsizetype addImage(RecordDocument *doc)
{
    return appendItem(doc, QStringLiteral("images"), tr("Add image"), [](ArticleDraft *, qsizetype) {});
}

qsizetype addContributor(RecordDocument *doc, const QString &name, const QString &role)
{
    return appendItem(doc, QStringLiteral("contributors"), tr("Add contributor"),
                      [&](ArticleDraft *d, qsizetype i) {
                          d->article.contributors[i] = Contributor{name, role};
                      });
}

qsizetype addBodyBlock(RecordDocument *doc, const QString &text, const SourceSpan &span)
{
    return appendItem(doc, QStringLiteral("body"), tr("Add to body"), [&](ArticleDraft *d, qsizetype i) {
        d->article.body[i].text = text;
        if (span.isValid())
            d->article.provenance.insert(QStringLiteral("body/%1").arg(i), {span});
    });
}

void removeItem(RecordDocument *doc, const QString &list, qsizetype index)
{
    doc->edit(list, tr("Remove %1").arg(fieldLabel(list)),
              [&](ArticleDraft *d) { draftlist::remove(d, list, index); });
}

void moveItem(RecordDocument *doc, const QString &list, qsizetype from, qsizetype to)
{
    doc->edit(list, tr("Move %1").arg(fieldLabel(list)),
              [&](ArticleDraft *d) { draftlist::move(d, list, from, to); });
}

qsizetype splitByline(RecordDocument *doc, qsizetype index)
{
    const QStringList &bylines = doc->article().bylines;
    if (index < 0 || index >= bylines.size())
        return 0;
    const QStringList names = galley::splitByline(bylines.at(index));
    if (names.size() == 1 && names.constFirst() == bylines.at(index))
        return 1;
    const QList<SourceSpan> spans = doc->article().provenance.value(QStringLiteral("bylines/%1").arg(index));
    doc->beginMacro(tr("Split byline"));
    removeItem(doc, QStringLiteral("bylines"), index);
    for (qsizetype n = 0; n < names.size(); ++n) {
        doc->edit(QStringLiteral("bylines"), tr("Add byline"), [&](ArticleDraft *d) {
            draftlist::insertEmpty(d, QStringLiteral("bylines"), index + n);
            d->article.bylines[index + n] = names.at(n);
            if (!spans.isEmpty()) // each name came from the same printed line
                d->article.provenance.insert(QStringLiteral("bylines/%1").arg(index + n), spans);
        });
    }
    doc->endMacro();
    return names.size();
}

void setBodyIncluded(RecordDocument *doc, qsizetype index, bool included)
{
    doc->edit(QStringLiteral("body/%1").arg(index),
              included ? tr("Include body block") : tr("Exclude body block"), [&](ArticleDraft *d) {
                  while (d->bodyIncluded.size() < d->article.body.size())
                      d->bodyIncluded.append(true);
                  if (index >= 0 && index < d->bodyIncluded.size())
                      d->bodyIncluded[index] = included;
              });
}

int markNotArticle(RecordDocument *doc, const SourceSpan &span)
{
    int affected = 0;
    doc->edit(QStringLiteral("body"), tr("Mark as not part of the article"), [&](ArticleDraft *d) {
        Article &a = d->article;
        const auto spansOf = [&](const QString &key) { return a.provenance.value(key); };
        for (qsizetype i = 0; i < a.body.size(); ++i) {
            while (d->bodyIncluded.size() < a.body.size())
                d->bodyIncluded.append(true);
            if (d->bodyIncluded.at(i) && inside(spansOf(QStringLiteral("body/%1").arg(i)), span)) {
                d->bodyIncluded[i] = false;
                ++affected;
            }
        }
        for (qsizetype i = a.images.size() - 1; i >= 0; --i) {
            for (const char *member : {"caption", "credit"}) {
                const QString key = QStringLiteral("images/%1/").arg(i) + QLatin1String(member);
                if (inside(spansOf(key), span)) {
                    setFieldText(&a, key, QString());
                    a.provenance.remove(key);
                    ++affected;
                }
            }
        }
        for (const char *list : {"bylines", "contributors"}) {
            const QString name = QLatin1String(list);
            for (qsizetype i = draftlist::size(*d, name) - 1; i >= 0; --i) {
                if (inside(spansOf(QStringLiteral("%1/%2").arg(name).arg(i)), span)) {
                    draftlist::remove(d, name, i);
                    ++affected;
                }
            }
        }
    });
    return affected;
}

} // namespace edits

} // namespace galley
