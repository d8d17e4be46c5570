// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

namespace galley {

/// A standalone, readable HTML5 page per article: headline, byline line, dateline and date, figures with
/// captions and photo credits, the body, then credit, contributors and source. Several records written
/// to one device become one page with one <article> each.
class HtmlExporter final : public Exporter
{
public:
    QString id() const override { return QStringLiteral("html"); }
    QString name() const override { return QStringLiteral("HTML"); }
    QString suffix() const override { return QStringLiteral("html"); }
    QString mimeType() const override { return QStringLiteral("text/html"); }
    Layout layout() const override { return Layout::FilePerArticle; }
    bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
               const ExportMonitor &monitor = {}) const override;

    /// The <article> element for one record.
    static QString articleHtml(const ReviewRecord &record);
};

} // namespace galley
