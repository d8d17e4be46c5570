// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projecterror.h"
#include "record/reviewrecord.h"
#include "rules/rulebook.h"
#include "rules/sitepages.h"

#include <QList>

namespace galley {

class ProjectStore;

struct ReextractResult
{
    int changed = 0;   ///< records written with the new extraction
    int unchanged = 0; ///< records the rules leave as they were
    int kept = 0;      ///< the editor's records (reviewed, rejected or corrected): never touched
    int failures = 0;
    QList<ReviewRecord> before; ///< the changed records as they were, to undo with restoreRecords()
    QList<ReviewRecord> after;  ///< the same records as written, in the same order
};

/// Extracts `pages` again with the rules of their sites from `book` and saves the records whose
/// article changes, extracted and corrected alike. The editor's records (isEditorsRecord()) and records
/// that changed on disk since `pages` were read are never written. Problems are appended to *problems.
ReextractResult reextractPages(ProjectStore &store, const QList<SitePage> &pages, const RuleBook &book,
                               QList<ProjectError> *problems);

/// Undoes a re-extraction: saves each record of `before` back, unless its file changed since (an editor
/// saved it meanwhile). Returns how many were restored.
int restoreRecords(ProjectStore &store, const QList<ReviewRecord> &before, const QList<ReviewRecord> &after,
                   QList<ProjectError> *problems);

} // namespace galley
