// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/fieldpath.h"

#include <QHashFunctions>
#include <array>
#include <utility>

namespace galley {

namespace {

constexpr std::array kFieldNames{std::pair{Field::Headline, u"headline"},
                                 std::pair{Field::Published, u"published"},
                                 std::pair{Field::Dateline, u"dateline"},
                                 std::pair{Field::Credit, u"credit"},
                                 std::pair{Field::Publisher, u"publisher"},
                                 std::pair{Field::Bylines, u"bylines"},
                                 std::pair{Field::Contributors, u"contributors"},
                                 std::pair{Field::Images, u"images"},
                                 std::pair{Field::Body, u"body"}};

constexpr std::array kMemberNames{std::pair{Member::Caption, u"caption"},
                                  std::pair{Member::Credit, u"credit"}, std::pair{Member::Src, u"src"},
                                  std::pair{Member::Name, u"name"}, std::pair{Member::Role, u"role"}};

// Which members an item of each list has.
bool memberAllowed(Field list, Member member)
{
    if (member == Member::None)
        return true;
    if (list == Field::Images)
        return member == Member::Caption || member == Member::Credit || member == Member::Src;
    if (list == Field::Contributors)
        return member == Member::Name || member == Member::Role;
    return false;
}

} // namespace

bool FieldPath::isListField(Field field)
{
    return field == Field::Bylines || field == Field::Contributors || field == Field::Images ||
           field == Field::Body;
}

QString FieldPath::fieldName(Field field)
{
    for (const auto &[f, name] : kFieldNames) {
        if (f == field)
            return QString::fromUtf16(name);
    }
    return {};
}

FieldPath FieldPath::item(Field list, qsizetype index, Member member)
{
    FieldPath path;
    if (!isListField(list) || index < 0 || !memberAllowed(list, member))
        return path;
    path.m_field = list;
    path.m_index = index;
    path.m_member = member;
    path.m_valid = true;
    return path;
}

FieldPath FieldPath::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QStringView head = slash < 0 ? text : text.left(slash);
    const auto field = std::find_if(kFieldNames.begin(), kFieldNames.end(),
                                    [&](const auto &entry) { return head == QStringView(entry.second); });
    if (field == kFieldNames.end())
        return {};
    if (slash < 0)
        return FieldPath(field->first);
    const QStringView rest = text.mid(slash + 1);
    const qsizetype second = rest.indexOf(u'/');
    bool ok = false;
    const qsizetype index = (second < 0 ? rest : rest.left(second)).toLongLong(&ok);
    if (!ok)
        return {};
    Member member = Member::None;
    if (second >= 0) {
        const QStringView name = rest.mid(second + 1);
        const auto found = std::find_if(kMemberNames.begin(), kMemberNames.end(),
                                        [&](const auto &entry) { return name == QStringView(entry.second); });
        if (found == kMemberNames.end())
            return {};
        member = found->first;
    }
    return item(field->first, index, member);
}

QString FieldPath::toString() const
{
    if (!m_valid)
        return {};
    QString out = fieldName(m_field);
    if (m_index < 0)
        return out;
    out += QLatin1Char('/') + QString::number(m_index);
    for (const auto &[member, name] : kMemberNames) {
        if (member == m_member)
            out += QLatin1Char('/') + QString::fromUtf16(name);
    }
    return out;
}

QString FieldPath::provenanceKey() const
{
    if (m_index >= 0 &&
        (m_field == Field::Contributors || (m_field == Field::Images && m_member == Member::Src)))
        return itemPath().toString();
    return toString();
}

size_t qHash(const FieldPath &path, size_t seed)
{
    return qHashMulti(seed, int(path.field()), path.index(), int(path.member()), path.isValid());
}

} // namespace galley
