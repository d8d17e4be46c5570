// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/reextraction.h"

#include "project/projectstore.h"
#include "rules/ruleapplication.h"

namespace galley {

namespace {

// Saves `next` over the record of the same id only if its file still holds `expected`.
bool replaceIfUnchanged(ProjectStore &store, const ReviewRecord &expected, const ReviewRecord &next,
                        QList<ProjectError> *problems, bool *written)
{
    *written = false;
    ReviewRecord current;
    ProjectError error;
    if (!store.load(expected.source.id, &current, &error)) {
        problems->append(error);
        return false;
    }
    const bool same = current == expected;
    if (same && !store.save(next, &error)) {
        problems->append(error);
        store.release(expected.source.id);
        return false;
    }
    store.release(expected.source.id);
    *written = same;
    return true;
}

} // namespace

ReextractResult reextractPages(ProjectStore &store, const QList<SitePage> &pages, const RuleBook &book,
                               QList<ProjectError> *problems)
{
    ReextractResult result;
    const ProjectStore::Batch batch(store);
    for (const SitePage &page : pages) {
        if (isEditorsRecord(page.record)) {
            ++result.kept;
            continue;
        }
        const Article article =
            applySiteRules(page.capture, page.general, book.rulesFor(page.site), store.vocabulary());
        if (article == page.record.extracted) {
            ++result.unchanged;
            continue;
        }
        ReviewRecord next = page.record;
        next.extracted = article;
        next.corrected = article;
        next.modified = store.clock().now();
        bool written = false;
        if (!replaceIfUnchanged(store, page.record, next, problems, &written)) {
            ++result.failures;
        } else if (written) {
            ++result.changed;
            result.before.append(page.record);
            result.after.append(next);
        } else {
            ++result.kept; // changed on disk since it was read: someone is working on it
        }
    }
    return result;
}

int restoreRecords(ProjectStore &store, const QList<ReviewRecord> &before, const QList<ReviewRecord> &after,
                   QList<ProjectError> *problems)
{
    int restored = 0;
    const ProjectStore::Batch batch(store);
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        bool written = false;
        if (replaceIfUnchanged(store, after.at(i), before.at(i), problems, &written) && written)
            ++restored;
    }
    return restored;
}

} // namespace galley
