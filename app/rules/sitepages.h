// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "project/projecterror.h"
#include "record/reviewrecord.h"

#include <QList>
#include <QString>

namespace galley {

class ProjectStore;

class RuleBook;

/// A page of a project as the rules see it: the record, its capture, the general extractor's article
/// (no rules) and the site it belongs to.
struct SitePage
{
    ReviewRecord record;
    Capture capture;
    Article general;
    QString site;        ///< after the editor's merges and splits (RuleBook::siteOf())
    QString fingerprint; ///< the site as recognised (siteKey()): host or template fingerprint
};

/// Every readable page of the project (of `onlySite` when given), in the project's order, extracted
/// again with the project's vocabulary (in parallel), each in its site as `book` groups them. A record
/// or capture that cannot be read is appended to *problems and left out.
QList<SitePage> loadSitePages(ProjectStore &store, const RuleBook &book, QList<ProjectError> *problems,
                              const QString &onlySite = {});

/// Whether a record is the editor's: reviewed or rejected, or corrected in any way. Rules and
/// re-extraction never change such a record.
bool isEditorsRecord(const ReviewRecord &record);

} // namespace galley
