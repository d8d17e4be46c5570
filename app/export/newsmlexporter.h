// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

namespace galley {

/// NewsML-G2 2.35 (power conformance): one <newsMessage> whose itemSet holds, per article, a text
/// <newsItem> with the body as NITF 3.6 inline XML, followed by one picture <newsItem> per image that the
/// text item links to (irel:seeAlso). Valid against NewsML-G2_2.35-spec-All-Power.xsd.
class NewsmlExporter final : public Exporter
{
public:
    QString id() const override { return QStringLiteral("newsml"); }
    QString name() const override { return QStringLiteral("IPTC NewsML-G2 2.35"); }
    QString suffix() const override { return QStringLiteral("xml"); }
    QString mimeType() const override { return QStringLiteral("application/vnd.iptc.g2.newsmessage+xml"); }
    Layout layout() const override { return Layout::Stream; }
    bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
               const ExportMonitor &monitor = {}) const override;
};

/// The NewsML-G2 / NAR namespace.
inline constexpr char16_t kNarNamespace[] = u"http://iptc.org/std/nar/2006-10-01/";

} // namespace galley
