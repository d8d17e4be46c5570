// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/reviewsession.h"

#include "capture/capturereader.h"
#include "extract/extractor.h"
#include "project/recordfile.h"
#include "review/reviewconversion.h"

namespace galley {

LooseSession::LooseSession(const QList<Page> &pages, const QStringList &paths, const Vocabulary &vocabulary,
                           QObject *parent)
    : ReviewSession(parent), m_pages(pages), m_paths(paths), m_vocabulary(vocabulary)
{}

QList<LooseSession::Page> LooseSession::readPages(const QStringList &files, const Vocabulary &vocabulary,
                                                  QList<Problem> *problems)
{
    QList<Page> pages;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &file : files) {
        readCaptureFile(
            file,
            [&](const Capture &capture) {
                Page page;
                page.capture = capture;
                page.record = reviewRecordFromExtraction(extractRecord(capture, vocabulary), now);
                pages.append(page);
            },
            [&](const CaptureError &error) { problems->append(Problem::from(Problem::Import, error)); });
    }
    return pages;
}

QString LooseSession::title() const
{
    return tr("Loose captures (%n page(s))", nullptr, int(m_pages.size()));
}

QList<RecordSummary> LooseSession::summaries() const
{
    QList<RecordSummary> result;
    result.reserve(m_pages.size());
    for (const Page &page : m_pages)
        result.append(summarize(page.record, kRecordFormatVersion));
    return result;
}

QList<ReviewRecord> LooseSession::changedRecords() const
{
    QList<ReviewRecord> out;
    for (const QString &id : m_changed) {
        for (const Page &page : m_pages) {
            if (page.record.source.id == id)
                out.append(page.record);
        }
    }
    return out;
}

bool LooseSession::load(const QString &id, ReviewRecord *record, Capture *capture, QString *error)
{
    for (const Page &page : m_pages) {
        if (page.record.source.id == id) {
            *record = page.record;
            *capture = page.capture;
            return true;
        }
    }
    *error = tr("No page %1 in this session").arg(id);
    return false;
}

bool LooseSession::save(const ReviewRecord &record, bool, QString *error, bool *conflict)
{
    *conflict = false;
    for (Page &page : m_pages) {
        if (page.record.source.id == record.source.id) {
            if (!(record == page.record) && !m_changed.contains(record.source.id))
                m_changed.append(record.source.id);
            page.record = record;
            Q_EMIT summariesUpdated({summarize(record, kRecordFormatVersion)});
            return true;
        }
    }
    *error = tr("No page %1 in this session").arg(record.source.id);
    return false;
}

} // namespace galley
