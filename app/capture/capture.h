// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace galley {

/// What the page's payload is, which decides the extractor. A WARC or MHTML page is HTML or text.
enum class ContentKind { Text, Html };

/// A resource saved with the page (MHTML image parts), kept so the UI can show it.
struct CaptureAttachment
{
    QString url;
    QString mimeType;
    QByteArray data;
};

/// Everything a reader learned about one page; the mutable half of Capture.
struct CaptureData
{
    QString path; ///< the file, as given or found
    CaptureFormat format = CaptureFormat::Text;
    ContentKind kind = ContentKind::Text;
    int index = 0;           ///< page number inside an archive (0-based), else 0
    qint64 recordOffset = 0; ///< byte offset of the page's record inside the file (archives), else 0
    QString url;
    QDateTime captured;
    QString encoding; ///< charset the bytes were decoded from
    QByteArray bytes; ///< the page bytes (transfer and content encodings undone)
    QString text;     ///< the decoded page: the dump itself, or the HTML source
    QList<CaptureAttachment> attachments;
    /// Sparse map from decoded-text offsets to byte offsets in `bytes`: pairs (textOffset, byteOffset),
    /// ascending. Empty means "not recorded"; sourceOffset() then falls back to re-encoding.
    QList<std::pair<qsizetype, qint64>> offsetCheckpoints;
};

/// One page as the editor received it: an immutable value, cheap to copy (shared data).
class Capture
{
public:
    Capture() = default;
    explicit Capture(CaptureData data);

    bool isNull() const { return !m_d; }

    const QString &path() const { return m_d->path; }
    CaptureFormat format() const { return m_d->format; }
    ContentKind kind() const { return m_d->kind; }
    int index() const { return m_d->index; }
    qint64 recordOffset() const { return m_d->recordOffset; }
    const QString &url() const { return m_d->url; }
    const QDateTime &captured() const { return m_d->captured; }
    const QString &encoding() const { return m_d->encoding; }
    const QByteArray &bytes() const { return m_d->bytes; }
    const QString &text() const { return m_d->text; }
    const QList<CaptureAttachment> &attachments() const { return m_d->attachments; }

    /// Stable identity: hex SHA-256 of the page bytes, with "#<index>" appended for a page inside an
    /// archive (the same bytes at two positions are two pages).
    QString id() const;

    /// The same page without its bytes (its id kept): for a reader of the text alone, so the bytes can
    /// be freed once no other copy of the capture holds them. sourceOffset() still answers (it re-encodes
    /// the text).
    Capture withoutBytes() const;

    /// Byte offset in bytes() of the decoded-text offset `textOffset`.
    qint64 sourceOffset(qsizetype textOffset) const;

    /// The `source` object of the record extracted from this capture.
    RecordSource recordSource() const;

private:
    std::shared_ptr<const CaptureData> m_d;
    std::shared_ptr<const QString> m_id; // computed once, at construction
};

} // namespace galley
