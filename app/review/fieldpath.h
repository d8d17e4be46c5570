// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

namespace galley {

/// The fields of an Article an editor can correct. The list fields hold items addressed by index.
enum class Field { Headline, Published, Dateline, Credit, Publisher, Bylines, Contributors, Images, Body };

/// The part of a list item a path names: an image's caption, credit or src; a contributor's name or
/// role; None for the item itself (a byline, a body block, a whole image or contributor).
enum class Member { None, Caption, Credit, Src, Name, Role };

/// A typed address of a value in an Article: `headline`, `bylines` (the list), `bylines/2` (an item),
/// `images/0/caption` (an item's member). Its string form is the provenance key of the record format
/// (docs/record-format.md), so provenance, warnings, history and the window all name fields alike.
///
/// A default-constructed path is invalid; parse() returns an invalid path for text that names no field.
class FieldPath
{
public:
    FieldPath() = default;
    /// A top-level field, or a whole list.
    FieldPath(Field field) : m_field(field), m_valid(true) {} // NOLINT: implicit on purpose
    /// An item of a list, or one member of it.
    static FieldPath item(Field list, qsizetype index, Member member = Member::None);
    static FieldPath parse(QStringView text);

    bool isValid() const { return m_valid; }
    Field field() const { return m_field; }
    /// -1 for a top-level field or a whole list.
    qsizetype index() const { return m_index; }
    Member member() const { return m_member; }
    bool isList() const { return isListField(m_field); }
    /// A list item (or member of one), as opposed to a top-level field or a whole list.
    bool isItem() const { return m_index >= 0; }
    /// The field or list this path is in (`images/0/caption` -> `images`).
    FieldPath top() const { return m_valid ? FieldPath(m_field) : FieldPath(); }
    /// The item a member belongs to (`images/0/caption` -> `images/0`).
    FieldPath itemPath() const { return item(m_field, m_index); }
    /// The path with another item index (list renumbering).
    FieldPath withIndex(qsizetype index) const { return item(m_field, index, m_member); }

    /// The string form: "headline", "bylines/2", "images/0/caption". Empty when invalid.
    QString toString() const;
    /// The provenance key a value's spans are kept under: a contributor's name and role share the
    /// contributor's spans ("contributors/0/name" -> "contributors/0"), an image's src is the image's
    /// ("images/0/src" -> "images/0"); every other path is its own key.
    QString provenanceKey() const;

    static bool isListField(Field field);
    /// The name of a field in paths: "headline", "bylines", ...
    static QString fieldName(Field field);

    bool operator==(const FieldPath &) const = default;

private:
    Field m_field = Field::Headline;
    qsizetype m_index = -1;
    Member m_member = Member::None;
    bool m_valid = false;
};

size_t qHash(const FieldPath &path, size_t seed = 0);

} // namespace galley

Q_DECLARE_METATYPE(galley::FieldPath)
