// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"
#include "project/projecterror.h"
#include "rules/rulebook.h"

#include <QStringList>
#include <functional>

namespace galley {

class ProjectStore;

/// Where an import stands, for a progress display.
struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    int pagesImported = 0;
    int pagesSkipped = 0;
    QString currentFile;
};

struct ImportResult
{
    int files = 0;           ///< capture files found in the given paths
    int capturesCopied = 0;  ///< of which were new to captures/
    int pagesImported = 0;   ///< records written
    int pagesSkipped = 0;    ///< pages whose record already existed (re-import)
    int recordsRepaired = 0; ///< of pagesImported, damaged record files rewritten from the capture
    int failures = 0;        ///< errors reported through the error handler
    int warnings = 0;        ///< warnings reported (pages imported with damage noted)
};

/// Brings captures into a project: copies each capture file unchanged into captures/ (named by the
/// SHA-256 of its bytes, read-only), extracts every page (in parallel; results written in page order,
/// so the outcome never depends on thread timing) and writes one record per page. A page whose record
/// exists already is skipped, so importing the same capture twice changes nothing; one whose record file
/// is damaged (unreadable JSON) is written afresh, the damaged bytes kept in backups/.
class Importer
{
public:
    using ProgressHandler = std::function<void(const ImportProgress &)>;
    using ErrorHandler = std::function<void(const ProjectError &)>;

    explicit Importer(ProjectStore &store) : m_store(store) {}

    void setProgressHandler(ProgressHandler handler) { m_onProgress = std::move(handler); }
    /// Each problem names the capture or project file and the place; the import goes on with the rest.
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    /// Imports capture files and folders (searched recursively, like `galley extract`).
    ImportResult importPaths(const QStringList &paths);

    /// The project-relative name of a capture file's copy: "captures/<sha256>.<suffix>".
    static QString captureCopyName(const QString &sha256Hex, const QString &originalPath);

private:
    bool importFile(const QString &path, ImportResult *result, ImportProgress *progress);
    bool copyIn(const QString &path, QString *relativeCopy, bool *copied);
    void report(const ProjectError &error, ImportResult *result);

    ProjectStore &m_store;
    Vocabulary m_vocabulary; ///< the project's, taken when an import starts
    RuleBook m_rules;        ///< the project's site rules, read when an import starts
    ProgressHandler m_onProgress;
    ErrorHandler m_onError;
};

} // namespace galley
