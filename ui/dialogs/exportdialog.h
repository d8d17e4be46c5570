// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/recordsummary.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace galley {

class Exporter;

/// File → Export…: which format (the engine's export registry, as `galley export`), which pages (by
/// status, reviewed by default) and where (a file or a folder, as the format needs). Non-modal: the
/// window stays usable while the export runs; the dialog shows its progress, a Cancel button and, at the
/// end, what was written with a button to open the folder.
///
/// The dialog only asks and shows; the caller runs the export (exportRequested) and reports back.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        const Exporter *exporter = nullptr;
        std::optional<ReviewStatus> status; ///< nullopt: every page
        QString path;                       ///< file (stream formats) or folder (one file per article)
    };

    /// `projectRoot` keys the destinations remembered per project; `exportsPath` is the default folder.
    ExportDialog(const QString &projectRoot, const QString &exportsPath, QWidget *parent = nullptr);

    /// The pages of the project, for the counts per status and the "nothing to export" message.
    void setSummaries(const QList<RecordSummary> &summaries);
    Request request() const;
    /// How many pages the current status filter selects.
    int selectedCount() const;

    void setRunning(bool running);
    void setProgress(int value, int maximum, const QString &text);
    /// The end of an export: what was written (or why not), and the folder "Open Folder" shows.
    void showResult(const QString &text, const QString &folder);

Q_SIGNALS:
    void exportRequested(const galley::ExportDialog::Request &request);
    void cancelRequested();

protected:
    void reject() override;

private:
    const Exporter *currentExporter() const;
    QString defaultDestination(const Exporter &exporter) const;
    QString settingsKey(const Exporter &exporter) const;
    void onFormatChanged();
    void updateSelection();
    void browse();
    void startExport();

    QString m_root;
    QString m_exportsPath;
    QList<int> m_counts; ///< pages per ReviewStatus value
    int m_total = 0;
    bool m_running = false;
    QString m_resultFolder;

    QComboBox *m_format;
    QComboBox *m_status;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QLabel *m_selection;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QPushButton *m_close;
};

} // namespace galley
