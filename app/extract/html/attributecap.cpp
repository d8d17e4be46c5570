// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/attributecap.h"

#include <QByteArrayView>
#include <cstring>

namespace galley {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements whose content the tokenizer reads as text up to their end tag: a '<' inside is not a tag.
bool isRawText(QByteArrayView name)
{
    static constexpr const char *rawText[] = {"script", "style",  "textarea", "title",
                                              "xmp",    "iframe", "noembed",  "noframes"};
    for (const char *raw : rawText) {
        if (name.compare(QByteArrayView(raw), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Where the end tag `</name` next starts from `from`, its name compared without case, or `size` when
// there is none. Linear in the distance to it, so many raw-text elements cost one pass in all.
qsizetype findEndTag(const QByteArray &html, qsizetype from, QByteArrayView name)
{
    const qsizetype size = html.size();
    for (qsizetype at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
        if (at + 2 + name.size() <= size &&
            QByteArrayView(html).sliced(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return at;
    }
    return size;
}

} // namespace

int capAttributesPerTag(QByteArray *html, int maxPerTag)
{
    const qsizetype size = html->size();
    const char *bytes = html->constData();
    int capped = 0;
    qsizetype i = 0;
    while (i < size) {
        const void *lt = std::memchr(bytes + i, '<', std::size_t(size - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - bytes + 1;
        if (i >= size)
            break;
        if (bytes[i] == '!') {
            // A comment ends at "-->", a doctype or other declaration at '>'.
            const bool comment = i + 2 < size && bytes[i + 1] == '-' && bytes[i + 2] == '-';
            const qsizetype end = html->indexOf(comment ? "-->" : ">", i);
            i = end < 0 ? size : end + 1;
            continue;
        }
        if (!isAsciiLetter(bytes[i]))
            continue; // an end tag or a stray '<': no attributes to count
        const qsizetype nameStart = i;
        while (i < size && !isSpace(bytes[i]) && bytes[i] != '>' && bytes[i] != '/')
            ++i;
        const QByteArrayView name(bytes + nameStart, i - nameStart);
        int count = 0;
        qsizetype blankFrom = -1;
        while (i < size && bytes[i] != '>') {
            if (isSpace(bytes[i]) || bytes[i] == '/') {
                ++i;
                continue;
            }
            if (++count == maxPerTag + 1)
                blankFrom = i;
            // The name, then an optional value: quoted, or up to the next space or '>'.
            while (i < size && !isSpace(bytes[i]) && bytes[i] != '>' && bytes[i] != '=' && bytes[i] != '/')
                ++i;
            while (i < size && isSpace(bytes[i]))
                ++i;
            if (i < size && bytes[i] == '=') {
                ++i;
                while (i < size && isSpace(bytes[i]))
                    ++i;
                if (i < size && (bytes[i] == '"' || bytes[i] == '\'')) {
                    const void *close = std::memchr(bytes + i + 1, bytes[i], std::size_t(size - i - 1));
                    i = close ? static_cast<const char *>(close) - bytes + 1 : size;
                } else {
                    while (i < size && !isSpace(bytes[i]) && bytes[i] != '>')
                        ++i;
                }
            }
        }
        if (blankFrom >= 0) {
            std::memset(html->data() + blankFrom, ' ', std::size_t(i - blankFrom));
            bytes = html->constData(); // data() may have detached the array
            ++capped;
        }
        if (i < size && isRawText(name)) {
            i = findEndTag(*html, i + 1, name);
        }
    }
    return capped;
}

} // namespace galley
