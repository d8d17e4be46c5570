// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capture.h"

#include "capture/sha256.h"

#include <QStringEncoder>
#include <algorithm>

namespace galley {

Capture::Capture(CaptureData data)
{
    QString id = QString::fromLatin1(Sha256::hexHash(data.bytes));
    if (data.format == CaptureFormat::Warc)
        id += QLatin1Char('#') + QString::number(data.index);
    m_id = std::make_shared<const QString>(std::move(id));
    m_d = std::make_shared<const CaptureData>(std::move(data));
}

QString Capture::id() const
{
    return m_id ? *m_id : QString();
}

Capture Capture::withoutBytes() const
{
    Capture lighter;
    if (!m_d)
        return lighter;
    CaptureData data = *m_d; // implicitly shared: the text and the rest are not copied
    data.bytes = QByteArray();
    lighter.m_d = std::make_shared<const CaptureData>(std::move(data));
    lighter.m_id = m_id;
    return lighter;
}

qint64 Capture::sourceOffset(qsizetype textOffset) const
{
    textOffset = std::clamp<qsizetype>(textOffset, 0, m_d->text.size());
    // Start from the nearest checkpoint at or before the offset, then re-encode the rest.
    qsizetype fromText = 0;
    qint64 fromByte = 0;
    const auto &points = m_d->offsetCheckpoints;
    auto it = std::upper_bound(points.cbegin(), points.cend(), textOffset,
                               [](qsizetype value, const auto &p) { return value < p.first; });
    if (it != points.cbegin()) {
        --it;
        fromText = it->first;
        fromByte = it->second;
    }
    QStringEncoder encoder(m_d->encoding.isEmpty() ? "UTF-8" : m_d->encoding.toLatin1().constData());
    if (!encoder.isValid())
        encoder = QStringEncoder(QStringEncoder::Utf8);
    const QByteArray encoded = encoder.encode(QStringView(m_d->text).mid(fromText, textOffset - fromText));
    return fromByte + encoded.size();
}

RecordSource Capture::recordSource() const
{
    RecordSource s;
    s.path = m_d->path;
    s.format = m_d->format;
    s.index = m_d->index;
    s.url = m_d->url;
    if (m_d->captured.isValid())
        s.captured = m_d->captured.toUTC().toString(Qt::ISODate);
    s.encoding = m_d->encoding;
    s.id = id();
    return s;
}

} // namespace galley
