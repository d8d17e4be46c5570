// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/attributecap.h"

#include <QByteArrayView>
#include <cstring>
#include <string_view>

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

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Whether two names are equal, ASCII case folded. Plain byte tests: this runs for every tag of every
// page, and Qt's case-insensitive compare of two views costs a call and a table per byte.
bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (foldAscii(a[i]) != foldAscii(b[i]))
            return false;
    }
    return true;
}

// Elements whose content the tokenizer reads as text up to their end tag: a '<' inside is not a tag.
bool isRawText(std::string_view name)
{
    static constexpr std::string_view rawText[] = {"script", "style",  "textarea", "title",
                                                   "xmp",    "iframe", "noembed",  "noframes"};
    for (const std::string_view raw : rawText) {
        if (equalsNoCase(name, raw))
            return true;
    }
    return false;
}

// Where the end tag `</name` next starts from `from`, its name compared without case, or `size` when
// there is none. Linear in the distance to it, so many raw-text elements cost one pass in all.
// (std::string_view::find looks for the first byte with memchr; QByteArray::indexOf of a two-byte
// needle hashed every position and was most of this file's time.)
qsizetype findEndTag(std::string_view html, qsizetype from, std::string_view name)
{
    const qsizetype size = qsizetype(html.size());
    for (std::size_t at = html.find("</", std::size_t(from)); at != std::string_view::npos;
         at = html.find("</", at + 2)) {
        if (at + 2 + name.size() <= html.size() && equalsNoCase(html.substr(at + 2, name.size()), name))
            return qsizetype(at);
    }
    return size;
}

// An attribute name libxml2 reads whole, as this scanner does: a letter, then letters, digits and
// "-_:.", shorter than libxml2's 100-byte name buffer.
bool isPlainName(std::string_view name)
{
    if (name.empty() || name.size() > 64 || !isAsciiLetter(name[0]))
        return false;
    for (const char c : name) {
        if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_' && c != ':' && c != '.')
            return false;
    }
    return true;
}

bool isAscii(std::string_view bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

int capAttributesPerTag(QByteArray *html, int maxPerTag, bool (*blank)(std::string_view name))
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
            const std::size_t end =
                std::string_view(bytes, std::size_t(size)).find(comment ? "-->" : ">", std::size_t(i));
            i = end == std::string_view::npos ? size : qsizetype(end) + 1;
            continue;
        }
        if (!isAsciiLetter(bytes[i]))
            continue; // an end tag or a stray '<': no attributes to count
        const qsizetype nameStart = i;
        while (i < size && !isSpace(bytes[i]) && bytes[i] != '>' && bytes[i] != '/')
            ++i;
        const std::string_view name(bytes + nameStart, std::size_t(i - nameStart));
        int count = 0;
        qsizetype blankFrom = -1;
        while (i < size && bytes[i] != '>') {
            if (isSpace(bytes[i]) || bytes[i] == '/') {
                ++i;
                continue;
            }
            if (++count == maxPerTag + 1)
                blankFrom = i;
            const qsizetype attributeStart = i;
            // The name, then an optional value: quoted, or up to the next space or '>'.
            while (i < size && !isSpace(bytes[i]) && bytes[i] != '>' && bytes[i] != '=' && bytes[i] != '/')
                ++i;
            const std::string_view attributeName(bytes + attributeStart, std::size_t(i - attributeStart));
            while (i < size && isSpace(bytes[i]))
                ++i;
            bool quoted = false;
            if (i < size && bytes[i] == '=') {
                ++i;
                while (i < size && isSpace(bytes[i]))
                    ++i;
                if (i < size && (bytes[i] == '"' || bytes[i] == '\'')) {
                    const void *close = std::memchr(bytes + i + 1, bytes[i], std::size_t(size - i - 1));
                    quoted = close != nullptr;
                    i = close ? static_cast<const char *>(close) - bytes + 1 : size;
                } else {
                    while (i < size && !isSpace(bytes[i]) && bytes[i] != '>')
                        ++i;
                }
            }
            // Blanked only when written plainly (after a space, name="value", then a space, '>' or
            // '/'), where libxml2 reads the same name and value as this scanner, and only when ASCII:
            // HtmlDocument counts UTF-16 offsets from these bytes.
            const bool plain = quoted && blankFrom < 0 && isSpace(bytes[attributeStart - 1]) &&
                               (i == size || isSpace(bytes[i]) || bytes[i] == '>' || bytes[i] == '/');
            if (blank && plain && blank(attributeName) && isPlainName(attributeName) &&
                isAscii(std::string_view(bytes + attributeStart, std::size_t(i - attributeStart)))) {
                std::memset(html->data() + attributeStart, ' ', std::size_t(i - attributeStart));
                bytes = html->constData(); // data() may have detached the array
            }
        }
        if (blankFrom >= 0) {
            std::memset(html->data() + blankFrom, ' ', std::size_t(i - blankFrom));
            bytes = html->constData(); // data() may have detached the array
            ++capped;
        }
        if (i < size && isRawText(name)) {
            i = findEndTag(std::string_view(bytes, std::size_t(size)), i + 1, name);
        }
    }
    return capped;
}

} // namespace galley
