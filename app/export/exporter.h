// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace galley {

/// Progress and cancellation for an export that may run on a worker thread.
///
/// A default-constructed monitor reports nothing and is never cancelled. The callback is called from the
/// thread doing the export, so a GUI caller should forward it with a queued connection.
class ExportMonitor
{
public:
    using ProgressFn = std::function<void(qsizetype done, qsizetype total)>;

    ExportMonitor() = default;
    ExportMonitor(ProgressFn progress, const std::atomic<bool> *cancel)
        : m_progress(std::move(progress)), m_cancel(cancel)
    {}

    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    /// False, with *error set to "cancelled", once cancellation was asked for: exporters call it before
    /// each record.
    bool proceed(QString *error) const;
    void report(qsizetype done, qsizetype total) const
    {
        if (m_progress)
            m_progress(done, total);
    }

private:
    ProgressFn m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

/// One export format (JSON Lines, ninjs, NewsML-G2, Markdown, HTML, CSV).
///
/// Exporters are stateless and const, so one registered instance may serve several threads at once.
/// Every exporter writes the *corrected* article plus source and review fields, and its output depends
/// only on the records: no clock, no locale, no hash order, so the same records give the same bytes.
class Exporter
{
public:
    /// How runExport() lays the output out: one stream (file or stdout), or one file per article.
    enum class Layout { Stream, FilePerArticle };

    virtual ~Exporter() = default;

    virtual QString id() const = 0;     ///< command-line name, e.g. "ninjs"
    virtual QString name() const = 0;   ///< human name, e.g. "IPTC ninjs 2.2"
    virtual QString suffix() const = 0; ///< file suffix without the dot, e.g. "json"
    virtual QString mimeType() const = 0;
    virtual Layout layout() const = 0;

    /// Writes `records` to `device` in this format, in the given order. Per-article formats write one
    /// document for a single record and a combined document (array, page, ...) for several. Calls
    /// monitor.report() after each record and stops with "cancelled" as soon as it is cancelled.
    /// Returns false with *error set when the device refuses data or the export was cancelled.
    virtual bool write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                       const ExportMonitor &monitor = {}) const = 0;
};

/// Writes all of `data`; on failure sets *error from the device's error string.
bool writeAll(QIODevice *device, const QByteArray &data, QString *error);

/// The message exporters return when the monitor asked them to stop.
QString cancelledMessage();

} // namespace galley
