// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

namespace galley {

/// CommonMark, one file per article: headline, byline line, dateline and date, pictures with their
/// captions and credits under them, the body, then credit, contributors and source. Several records
/// written to one device are separated by a thematic break.
class MarkdownExporter final : public Exporter
{
public:
    QString id() const override { return QStringLiteral("markdown"); }
    QString name() const override { return QStringLiteral("Markdown"); }
    QString suffix() const override { return QStringLiteral("md"); }
    QString mimeType() const override { return QStringLiteral("text/markdown"); }
    Layout layout() const override { return Layout::FilePerArticle; }
    bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
               const ExportMonitor &monitor = {}) const override;

    /// One article as Markdown, ending with a newline.
    static QString toMarkdown(const ReviewRecord &record);
    /// `text` with Markdown syntax characters backslash-escaped and line breaks made hard breaks.
    static QString escaped(const QString &text);
};

} // namespace galley
