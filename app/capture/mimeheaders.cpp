// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/mimeheaders.h"

namespace galley {

MimeHeaders MimeHeaders::parse(QByteArrayView block)
{
    MimeHeaders headers;
    qsizetype pos = 0;
    while (pos < block.size()) {
        qsizetype eol = block.indexOf('\n', pos);
        if (eol < 0)
            eol = block.size();
        QByteArrayView line = block.sliced(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !headers.m_fields.isEmpty()) {
            // A folded continuation line belongs to the previous field.
            QByteArray &value = headers.m_fields.last().second;
            value += ' ';
            value += line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.m_fields.append(
            {line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return headers;
}

QByteArray MimeHeaders::value(QByteArrayView name) const
{
    for (const auto &field : m_fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

bool MimeHeaders::contains(QByteArrayView name) const
{
    for (const auto &field : m_fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray MimeHeaders::mediaType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toByteArray().toLower();
}

QByteArray MimeHeaders::parameter(QByteArrayView value, QByteArrayView name)
{
    qsizetype pos = value.indexOf(';');
    while (pos >= 0 && pos < value.size()) {
        ++pos;
        while (pos < value.size() && (value[pos] == ' ' || value[pos] == '\t'))
            ++pos;
        const qsizetype eq = value.indexOf('=', pos);
        if (eq < 0)
            return {};
        const bool match = value.sliced(pos, eq - pos).trimmed().compare(name, Qt::CaseInsensitive) == 0;
        pos = eq + 1;
        while (pos < value.size() && (value[pos] == ' ' || value[pos] == '\t'))
            ++pos;
        QByteArray result;
        if (pos < value.size() && value[pos] == '"') {
            // Quoted string: backslash escapes the next character.
            ++pos;
            while (pos < value.size() && value[pos] != '"') {
                if (value[pos] == '\\' && pos + 1 < value.size())
                    ++pos;
                result += value[pos++];
            }
            pos = value.indexOf(';', pos);
        } else {
            const qsizetype end = value.indexOf(';', pos);
            result = value.sliced(pos, (end < 0 ? value.size() : end) - pos).trimmed().toByteArray();
            pos = end;
        }
        if (match)
            return result;
    }
    return {};
}

qsizetype MimeHeaders::findEnd(QByteArrayView data, qsizetype from, qsizetype *bodyStart)
{
    // The block may be empty (the data starts with the blank line).
    if (data.sliced(from).startsWith("\r\n")) {
        *bodyStart = from + 2;
        return from;
    }
    if (data.sliced(from).startsWith("\n")) {
        *bodyStart = from + 1;
        return from;
    }
    qsizetype pos = from;
    while (true) {
        const qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0)
            return -1;
        const qsizetype next = eol + 1;
        if (next < data.size() && data[next] == '\n') {
            *bodyStart = next + 1;
            return eol + 1;
        }
        if (next + 1 < data.size() && data[next] == '\r' && data[next + 1] == '\n') {
            *bodyStart = next + 2;
            return eol + 1;
        }
        pos = next;
    }
}

} // namespace galley
