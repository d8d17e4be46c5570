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
    /// Bytes of the capture files behind the pages handled so far, and of all of them: the share done,
    /// for a rate and the time left (an archive's page count is known only at its end).
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
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
    bool canceled = false;   ///< stopped on request; every page counted above is saved
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
    /// Asked between batches of pages (32 at most) and between an archive's pages: once it says yes,
    /// the import stops; pages already written stay, those read but not written are left out.
    void setCancelCheck(std::function<bool()> check) { m_cancelRequested = std::move(check); }

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
    std::function<bool()> m_cancelRequested;

    bool cancelRequested() const { return m_cancelRequested && m_cancelRequested(); }
};

} // namespace galley
