// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/jsonwriter.h"

#include <QChar>
#include <array>

namespace galley {

namespace {

inline char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xf];
}

// What QJsonDocument writes for the ASCII characters: 0 = the character itself, else the letter after
// the backslash ('u' for \u00XX).
constexpr auto kAsciiEscapes = [] {
    std::array<char, 128> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = 'u';
    table['\b'] = 'b';
    table['\f'] = 'f';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    table['"'] = '"';
    table['\\'] = '\\';
    return table;
}();

} // namespace

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out->append('"');
    m_out->append(name.data(), name.size()); // keys are written by this program: plain ASCII
    m_out->append("\":", 2);
    m_needComma = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    m_out->append('"');
    appendEscaped(name);
    m_out->append("\":", 2);
    m_needComma = false;
}

void JsonWriter::string(QStringView value)
{
    separate();
    m_out->append('"');
    appendEscaped(value);
    m_out->append('"');
    m_needComma = true;
}

void JsonWriter::integer(qint64 value)
{
    separate();
    m_out->append(QByteArray::number(value));
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
    m_needComma = true;
}

void JsonWriter::appendEscaped(QStringView value)
{
    // A long string (the text of a 60 MB page) in slices: the worst-case room below is six times the
    // slice, not six times the string (378 MB for a 63 MB paragraph, issue 18). A surrogate pair is
    // never cut.
    constexpr qsizetype Slice = qsizetype(1) << 16;
    while (value.size() > Slice) {
        const qsizetype n = value[Slice - 1].isHighSurrogate() ? Slice - 1 : Slice;
        appendEscapedSlice(value.first(n));
        value = value.sliced(n);
    }
    appendEscapedSlice(value);
}

void JsonWriter::appendEscapedSlice(QStringView value)
{
    // Room for the worst case (six bytes per UTF-16 unit, for \u00XX), written through a raw pointer and
    // cut back at the end: one allocation check per string instead of one per character.
    const qsizetype start = m_out->size();
    m_out->resize(start + value.size() * 6);
    char *cursor = m_out->data() + start;
    const char16_t *src = value.utf16();
    const char16_t *const end = src + value.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            const char escape = kAsciiEscapes[u];
            if (escape == 0) {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            *cursor++ = escape;
            if (escape == 'u') {
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate is not UTF-8: QJsonDocument writes it as an escape, and so does this.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit(u >> 12);
            *cursor++ = hexDigit(u >> 8);
            *cursor++ = hexDigit(u >> 4);
            *cursor++ = hexDigit(u);
        }
    }
    m_out->truncate(cursor - m_out->constData());
}

} // namespace galley
