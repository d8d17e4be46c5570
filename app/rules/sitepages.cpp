// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/sitepages.h"

#include "extract/extractor.h"
#include "project/projectstore.h"
#include "rules/rulebook.h"
#include "rules/sitekey.h"

#include <QtConcurrent/QtConcurrentMap>

namespace galley {

QList<SitePage> loadSitePages(ProjectStore &store, const RuleBook &book, QList<ProjectError> *problems,
                              const QString &onlySite)
{
    QList<SitePage> pages;
    for (const RecordSummary &summary : store.summaries()) {
        SitePage page;
        ProjectError error;
        if (!store.load(summary.id, &page.record, &error) ||
            !store.loadCapture(page.record.source, &page.capture, &error)) {
            problems->append(error);
            continue;
        }
        store.release(summary.id); // read only: no change checks needed
        pages.append(std::move(page));
    }
    const Vocabulary vocabulary = store.vocabulary();
    QtConcurrent::blockingMap(pages, [&vocabulary](SitePage &page) {
        page.general = extractArticle(page.capture, vocabulary);
        page.fingerprint = siteKey(page.capture, page.general);
    });
    for (SitePage &page : pages) {
        page.site = page.fingerprint.isEmpty() ? QString()
                                               : book.siteMap().resolve(page.fingerprint, page.capture.id());
    }
    if (!onlySite.isEmpty())
        pages.removeIf([&](const SitePage &page) { return page.site != onlySite; });
    return pages;
}

bool isEditorsRecord(const ReviewRecord &record)
{
    return record.status == ReviewStatus::Reviewed || record.status == ReviewStatus::Rejected ||
           record.corrected != record.extracted || !record.history.isEmpty();
}

} // namespace galley
