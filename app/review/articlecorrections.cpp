// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/articlecorrections.h"

#include "review/corrections.h"

#include <QSet>

namespace galley::corrections {

namespace {

const Field kTextFields[] = {Field::Headline, Field::Published, Field::Dateline, Field::Credit,
                             Field::Publisher};

int correctBylines(ArticleDraft *draft, const QStringList &target, const Vocabulary &vocabulary,
                   QStringView captureText)
{
    if (draft->article.bylines == target)
        return 0;
    while (draftlist::size(*draft, Field::Bylines) > 0)
        draftlist::remove(draft, Field::Bylines, 0);
    for (const QString &name : target) {
        const qsizetype index = appendEmpty(draft, Field::Bylines);
        setTyped(draft, FieldPath::item(Field::Bylines, index), name, vocabulary, captureText);
    }
    return 1;
}

int correctImages(ArticleDraft *draft, const QList<Image> &target, const Vocabulary &vocabulary,
                  QStringView captureText)
{
    int changed = 0;
    const qsizetype count = std::min(target.size(), draft->article.images.size());
    for (qsizetype i = 0; i < count; ++i) {
        changed += setTyped(draft, FieldPath::item(Field::Images, i, Member::Caption), target.at(i).caption,
                            vocabulary, captureText)
                       ? 1
                       : 0;
        changed += setTyped(draft, FieldPath::item(Field::Images, i, Member::Credit), target.at(i).credit,
                            vocabulary, captureText)
                       ? 1
                       : 0;
    }
    return changed;
}

int correctBody(ArticleDraft *draft, const QList<BodyBlock> &target, QStringView captureText)
{
    int changed = 0;
    QSet<QString> wanted;
    for (const BodyBlock &block : target)
        wanted.insert(block.text);
    QSet<QString> present;
    for (qsizetype i = 0; i < draft->article.body.size(); ++i) {
        const QString &text = draft->article.body.at(i).text;
        const bool keep = wanted.contains(text);
        if (keep)
            present.insert(text);
        changed += setBodyIncluded(draft, i, keep) ? 1 : 0;
    }
    for (const BodyBlock &block : target) {
        if (present.contains(block.text))
            continue;
        const qsizetype at = captureText.indexOf(block.text);
        const SourceSpan span =
            at < 0 ? SourceSpan() : SourceSpan{at, at + block.text.size(), QStringView(kViaTyped).toString()};
        addBodyBlock(draft, block.text, span);
        ++changed;
    }
    return changed;
}

} // namespace

int correctTo(ArticleDraft *draft, const Article &target, const Vocabulary &vocabulary,
              QStringView captureText)
{
    int changed = 0;
    for (const Field field : kTextFields) {
        if (fieldText(draft->article, field) != fieldText(target, field))
            changed += setTyped(draft, field, fieldText(target, field), vocabulary, captureText) ? 1 : 0;
    }
    changed += correctBylines(draft, target.bylines, vocabulary, captureText);
    changed += correctImages(draft, target.images, vocabulary, captureText);
    changed += correctBody(draft, target.body, captureText);
    return changed;
}

} // namespace galley::corrections
