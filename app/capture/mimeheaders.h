// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace galley {

/// "Name: value" header fields as WARC, HTTP and MIME share them (RFC 5322 syntax, folded lines joined).
/// Names compare case-insensitively; values are kept as bytes because their charset is not known.
class MimeHeaders
{
public:
    /// Parses a header block (without its terminating blank line). Lines without a colon are ignored,
    /// as browsers and WARC tools do.
    static MimeHeaders parse(QByteArrayView block);

    /// The first field named `name`, trimmed; empty when absent.
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    const QList<std::pair<QByteArray, QByteArray>> &fields() const { return m_fields; }

    /// "text/html; charset=UTF-8" -> "text/html" (lower case, trimmed).
    static QByteArray mediaType(QByteArrayView contentType);
    /// A parameter of a structured value: parameter("multipart/related; boundary=\"x\"", "boundary") -> x.
    static QByteArray parameter(QByteArrayView value, QByteArrayView name);

    /// Finds the blank line that ends a header block starting at `from`: returns the offset of the block's
    /// end (exclusive) and sets *bodyStart past the blank line, or returns -1. Accepts CRLF and bare LF.
    static qsizetype findEnd(QByteArrayView data, qsizetype from, qsizetype *bodyStart);

private:
    QList<std::pair<QByteArray, QByteArray>> m_fields;
};

} // namespace galley
