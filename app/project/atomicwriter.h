// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/fileaccess.h"

#include <QIODevice>
#include <QString>

namespace galley {

/// Writes a file beside its target and renames it over the target on commit(), checking every step
/// (create, each write, fsync, close, rename): a failure at any step removes the
/// temporary file and leaves the old target (or none) in place, never an empty or cut-off file.
///
/// Unlike QSaveFile, which on a full disk could commit a 0-byte file, every write goes straight to
/// write(2), so the first refused byte is an error with its errno. The temporary file is created with
/// O_EXCL and O_NOFOLLOW ("<target>.XXXXXX", the name the crash sweeps look for), so it never follows a
/// link planted in the folder; the rename replaces a link at the target itself, never the file it
/// points to. An existing target keeps its permissions.
class AtomicWriter : public QIODevice
{
public:
    enum class Durability {
        Synced,  ///< fsync before the rename: after a power cut the old or the new file, never a torn one
        Unsynced ///< only atomic against a crash of the process (the rebuildable index cache)
    };

    explicit AtomicWriter(QString path, Durability durability = Durability::Synced);
    ~AtomicWriter() override;

    /// Creates the temporary file (`mode` must be WriteOnly); false with errorMessage() set.
    bool open(OpenMode mode = WriteOnly) override;
    /// Flushes, syncs and renames into place; false with errorMessage() set (nothing replaced then).
    bool commit();
    /// commit() under another name in the same folder (a content-addressed copy named once hashed).
    bool commitAs(const QString &target);
    /// The permissions the file gets on commit (e.g. 0444 for captures); by default those of the
    /// replaced file, or 0666 less the umask.
    void setTargetPermissions(unsigned mode) { m_mode = int(mode); }
    /// Drops the temporary file; the target is untouched.
    void cancel();

    QString path() const { return m_path; }
    /// "cannot write: No space left on device" (what failed and why), empty while all is well.
    QString errorMessage() const { return m_error; }
    /// The errno of the failure, 0 while all is well.
    int errorNumber() const { return m_errno; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool failWith(const char *what, int errnum);

    QString m_path;
    QByteArray m_tempName; ///< encoded; empty when there is no temporary file
    Durability m_durability;
    int m_fd = -1;
    int m_mode = -1;
    QString m_error;
    int m_errno = 0;
};

} // namespace galley
