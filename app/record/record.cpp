// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/record.h"

#include <array>
#include <utility>

namespace galley {

namespace {

constexpr std::array kFormatNames{
    std::pair{CaptureFormat::Text, "text"}, std::pair{CaptureFormat::Html, "html"},
    std::pair{CaptureFormat::Mhtml, "mhtml"}, std::pair{CaptureFormat::Warc, "warc"}};

constexpr std::array kBlockNames{
    std::pair{BlockKind::Paragraph, "paragraph"},       std::pair{BlockKind::Heading, "heading"},
    std::pair{BlockKind::ListItem, "list-item"},        std::pair{BlockKind::Quote, "quote"},
    std::pair{BlockKind::Preformatted, "preformatted"}, std::pair{BlockKind::Table, "table"}};

template<typename Enum, typename Table> QString nameOf(const Table &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, typename Table> bool parseName(const Table &table, const QString &name, Enum *value)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n)) {
            *value = e;
            return true;
        }
    }
    return false;
}

} // namespace

QString formatName(CaptureFormat format)
{
    return nameOf(kFormatNames, format);
}
bool parseFormatName(const QString &name, CaptureFormat *format)
{
    return parseName(kFormatNames, name, format);
}
QString blockKindName(BlockKind kind)
{
    return nameOf(kBlockNames, kind);
}
bool parseBlockKind(const QString &name, BlockKind *kind)
{
    return parseName(kBlockNames, name, kind);
}

QString Article::text() const
{
    QStringList parts;
    parts.reserve(body.size());
    for (const BodyBlock &block : body)
        parts.append(block.text);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace galley
