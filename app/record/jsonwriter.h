// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace galley {

/// Appends compact JSON to a byte array as it is called, with no document in between: the bytes are the
/// ones QJsonDocument::toJson(Compact) gives for the same values in the same order (strings as UTF-8;
/// `"`, `\` and control characters escaped the same way, a lone surrogate as \uXXXX). QJsonObject sorts
/// its keys; a caller that wants the same bytes writes keys in that order.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out) : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    /// An object member's key; its value follows with one of the calls below.
    void key(QLatin1StringView name);
    void key(QStringView name);

    void string(QStringView value);
    /// One string value written in parts (text joined from pieces, without joining it first).
    void beginString()
    {
        separate();
        m_out->append('"');
    }
    void stringPart(QStringView part) { appendEscaped(part); }
    void endString()
    {
        m_out->append('"');
        m_needComma = true;
    }
    void integer(qint64 value);
    void null();

private:
    void separate()
    {
        if (m_needComma)
            m_out->append(',');
    }
    void open(char bracket)
    {
        separate();
        m_out->append(bracket);
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out->append(bracket);
        m_needComma = true;
    }
    void appendEscaped(QStringView value);
    void appendEscapedSlice(QStringView value);

    QByteArray *m_out;
    bool m_needComma = false;
};

} // namespace galley
