// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/extractedvalues.h"

namespace galley {

namespace {

constexpr Field kTopFields[] = {Field::Headline, Field::Published, Field::Dateline, Field::Credit,
                                Field::Publisher};
constexpr Field kLists[] = {Field::Bylines, Field::Contributors, Field::Images, Field::Body};

bool isImageText(const FieldPath &path)
{
    return path.field() == Field::Images && path.isItem() &&
           (path.member() == Member::Caption || path.member() == Member::Credit);
}

// The extracted image an image of the draft came from: the one with the same src, else the one at the
// same position when neither names a src (a text dump); -1 when the editor added it.
qsizetype extractedImage(const ArticleDraft &draft, const Article &extracted, qsizetype index)
{
    if (index < 0 || index >= draft.article.images.size())
        return -1;
    const QString src = draft.article.images.at(index).src;
    if (!src.isEmpty()) {
        for (qsizetype i = 0; i < extracted.images.size(); ++i) {
            if (extracted.images.at(i).src == src)
                return i;
        }
        return -1;
    }
    return index < extracted.images.size() && extracted.images.at(index).src.isEmpty() ? index : -1;
}

QStringList listTexts(const Article &article, Field list)
{
    QStringList out;
    switch (list) {
    case Field::Bylines:
        return article.bylines;
    case Field::Contributors:
        for (const Contributor &c : article.contributors)
            out.append(c.role.isEmpty() ? c.name : c.name + QStringLiteral(" (") + c.role + QLatin1Char(')'));
        break;
    case Field::Images:
        for (const Image &image : article.images)
            out.append(image.src.isEmpty() ? image.caption : image.src);
        break;
    case Field::Body:
        for (const BodyBlock &block : article.body)
            out.append(block.text);
        break;
    default:
        break;
    }
    return out;
}

bool listEqual(const Article &a, const Article &b, Field list)
{
    switch (list) {
    case Field::Bylines:
        return a.bylines == b.bylines;
    case Field::Contributors:
        return a.contributors == b.contributors;
    case Field::Images: {
        // The list itself: which images, in which order; their texts are marked field by field.
        if (a.images.size() != b.images.size())
            return false;
        for (qsizetype i = 0; i < a.images.size(); ++i) {
            if (a.images.at(i).src != b.images.at(i).src)
                return false;
        }
        return true;
    }
    case Field::Body:
        return a.body == b.body;
    default:
        return true;
    }
}

// Replaces the provenance of `list` ("bylines/<i>", ...) by the extracted one.
void restoreListProvenance(Provenance *provenance, const Provenance &extracted, Field list)
{
    for (auto it = provenance->begin(); it != provenance->end();) {
        const FieldPath key = FieldPath::parse(it.key());
        if (key.isValid() && key.field() == list)
            it = provenance->erase(it);
        else
            ++it;
    }
    for (auto it = extracted.cbegin(); it != extracted.cend(); ++it) {
        const FieldPath key = FieldPath::parse(it.key());
        if (key.isValid() && key.field() == list)
            provenance->insert(it.key(), it.value());
    }
}

} // namespace

namespace extractedvalues {

FieldPath markedField(const FieldPath &path)
{
    if (!path.isValid() || !path.isList() || isImageText(path))
        return path;
    return path.top();
}

bool isChanged(const ArticleDraft &draft, const Article &extracted, const FieldPath &path)
{
    const FieldPath field = markedField(path);
    if (!field.isValid())
        return false;
    if (isImageText(field)) {
        const qsizetype from = extractedImage(draft, extracted, field.index());
        return fieldText(draft.article, field) !=
               (from < 0 ? QString() : fieldText(extracted, field.withIndex(from)));
    }
    if (field.isList())
        return !listEqual(draft.corrected(), extracted, field.field());
    return fieldText(draft.article, field) != fieldText(extracted, field);
}

QString extractedText(const ArticleDraft &draft, const Article &extracted, const FieldPath &path)
{
    const FieldPath field = markedField(path);
    if (!field.isValid())
        return {};
    if (isImageText(field)) {
        const qsizetype from = extractedImage(draft, extracted, field.index());
        return from < 0 ? QString() : fieldText(extracted, field.withIndex(from));
    }
    if (field.isList())
        return listTexts(extracted, field.field()).join(QLatin1Char('\n'));
    return fieldText(extracted, field);
}

QList<FieldPath> changedFields(const ArticleDraft &draft, const Article &extracted)
{
    QList<FieldPath> out;
    for (Field f : kTopFields) {
        if (isChanged(draft, extracted, f))
            out.append(f);
    }
    for (qsizetype i = 0; i < draft.article.images.size(); ++i) {
        for (Member m : {Member::Caption, Member::Credit}) {
            const FieldPath path = FieldPath::item(Field::Images, i, m);
            if (isChanged(draft, extracted, path))
                out.append(path);
        }
    }
    for (Field list : kLists) {
        if (isChanged(draft, extracted, list))
            out.append(list);
    }
    return out;
}

} // namespace extractedvalues

namespace corrections {

bool resetToExtracted(ArticleDraft *draft, const Article &extracted, const FieldPath &path)
{
    const FieldPath field = extractedvalues::markedField(path);
    if (!field.isValid() || !extractedvalues::isChanged(*draft, extracted, field))
        return false;
    Article &a = draft->article;
    if (isImageText(field)) {
        const qsizetype from = extractedImage(*draft, extracted, field.index());
        const FieldPath source = field.withIndex(from);
        setFieldText(&a, field, from < 0 ? QString() : fieldText(extracted, source));
        const QList<SourceSpan> spans =
            from < 0 ? QList<SourceSpan>() : extracted.provenance.value(source.provenanceKey());
        if (spans.isEmpty())
            a.provenance.remove(field.provenanceKey());
        else
            a.provenance.insert(field.provenanceKey(), spans);
        return true;
    }
    if (!field.isList()) {
        setFieldText(&a, field, fieldText(extracted, field));
        const QString key = field.provenanceKey();
        if (extracted.provenance.contains(key))
            a.provenance.insert(key, extracted.provenance.value(key));
        else
            a.provenance.remove(key);
        return true;
    }
    switch (field.field()) {
    case Field::Bylines:
        a.bylines = extracted.bylines;
        break;
    case Field::Contributors:
        a.contributors = extracted.contributors;
        break;
    case Field::Images:
        a.images = extracted.images;
        break;
    case Field::Body:
        a.body = extracted.body;
        draft->bodyIncluded = QList<bool>(a.body.size(), true);
        break;
    default:
        return false;
    }
    restoreListProvenance(&a.provenance, extracted.provenance, field.field());
    return true;
}

bool resetAllToExtracted(ArticleDraft *draft, const Article &extracted)
{
    ArticleDraft reset;
    reset.article = extracted;
    reset.bodyIncluded = QList<bool>(extracted.body.size(), true);
    reset.opened = draft->opened;
    if (reset == *draft)
        return false;
    *draft = std::move(reset);
    return true;
}

} // namespace corrections

} // namespace galley
