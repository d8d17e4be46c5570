// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"

#include "browser/pagetablemodel.h"
#include "dialogs/dialogs.h"
#include "export/exportregistry.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace galley {

namespace {

const auto kFormatKey = QLatin1String("export/format");
const auto kStatusKey = QLatin1String("export/status");
const auto kDestinationsKey = QLatin1String("export/destinations");
constexpr int kAll = -1;

// The filter menu: reviewed first (the default, what leaves the newsroom), then everything, then each
// status on its own.
const QList<int> kStatusOrder{int(ReviewStatus::Reviewed), kAll,
                              int(ReviewStatus::New),      int(ReviewStatus::InReview),
                              int(ReviewStatus::Rejected), int(ReviewStatus::NeedsAttention)};

} // namespace

ExportDialog::ExportDialog(const QString &projectRoot, const QString &exportsPath, QWidget *parent)
    : QDialog(parent), m_root(projectRoot), m_exportsPath(exportsPath), m_counts(5, 0),
      m_format(new QComboBox), m_status(new QComboBox), m_destinationLabel(new QLabel),
      m_destination(new QLineEdit), m_browse(new QPushButton(tr("&Browse…"))), m_selection(new QLabel),
      m_progress(new QProgressBar), m_summary(new QLabel), m_buttons(new QDialogButtonBox)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Articles"));
    setMinimumWidth(520);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    for (const Exporter *exporter : exportregistry::exporters())
        m_format->addItem(exporter->name(), exporter->id());
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setAccessibleName(tr("Pages to export"));
    for (const int status : kStatusOrder)
        m_status->addItem(QString(), status);
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    m_destination->setAccessibleName(tr("Destination"));
    m_destinationLabel->setBuddy(m_destination);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setAccessibleName(tr("Choose the destination"));
    // Return is Export wherever the focus is (Space presses a focused button): a Browse that took the
    // default when focused would open the file chooser again instead of exporting.
    m_browse->setAutoDefault(false);
    m_selection->setObjectName(QStringLiteral("exportSelection"));
    m_selection->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    // Beside the summary rather than in the button box, which shows every button it lays out.
    m_openFolder = new QPushButton(tr("&Open Folder"));
    m_openFolder->setObjectName(QStringLiteral("exportOpenFolder"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide();
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportClose"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Pages"), m_status);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);
    form->addRow(m_destinationLabel, destination);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_selection);
    layout->addWidget(m_progress);
    auto *result = new QHBoxLayout;
    result->addWidget(m_summary, 1);
    result->addWidget(m_openFolder, 0, Qt::AlignTop);
    layout->addLayout(result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    QSettings settings;
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(kFormatKey))));
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(settings.value(kStatusKey, int(ReviewStatus::Reviewed)).toInt())));
    onFormatChanged();

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSelection);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateSelection);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_resultFolder)); });
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
}

const Exporter *ExportDialog::currentExporter() const
{
    return exportregistry::find(m_format->currentData().toString());
}

QString ExportDialog::settingsKey(const Exporter &exporter) const
{
    return m_root + QLatin1Char('|') + exporter.id();
}

QString ExportDialog::defaultDestination(const Exporter &exporter) const
{
    // As `galley export`: a folder per format for one file per article; one file for the stream formats.
    const QDir exports(m_exportsPath);
    if (exporter.layout() == Exporter::Layout::FilePerArticle)
        return QDir::toNativeSeparators(exports.filePath(exporter.id()));
    return QDir::toNativeSeparators(exports.filePath(QStringLiteral("articles.") + exporter.suffix()));
}

void ExportDialog::onFormatChanged()
{
    const Exporter *exporter = currentExporter();
    if (!exporter)
        return;
    const bool folder = exporter->layout() == Exporter::Layout::FilePerArticle;
    m_destinationLabel->setText(folder ? tr("&Folder") : tr("&File"));
    m_destination->setToolTip(
        folder ? tr("One %1 file per article is written into this folder").arg(exporter->suffix())
               : tr("All the articles go into this one file"));
    const QVariantMap remembered = QSettings().value(kDestinationsKey).toMap();
    const QString path = remembered.value(settingsKey(*exporter)).toString();
    m_destination->setText(path.isEmpty() ? defaultDestination(*exporter) : path);
    updateSelection();
}

void ExportDialog::setSummaries(const QList<RecordSummary> &summaries)
{
    m_counts.fill(0);
    for (const RecordSummary &summary : summaries)
        ++m_counts[int(summary.status)];
    m_total = int(summaries.size());
    for (int i = 0; i < m_status->count(); ++i) {
        const int status = m_status->itemData(i).toInt();
        const QString name =
            status == kAll ? tr("All pages") : PageTableModel::statusText(ReviewStatus(status));
        m_status->setItemText(i, tr("%1 (%2)").arg(name).arg(status == kAll ? m_total : m_counts.at(status)));
    }
    updateSelection();
}

int ExportDialog::selectedCount() const
{
    const int status = m_status->currentData().toInt();
    return status == kAll ? m_total : m_counts.value(status);
}

ExportDialog::Request ExportDialog::request() const
{
    Request request;
    request.exporter = currentExporter();
    if (const int status = m_status->currentData().toInt(); status != kAll)
        request.status = ReviewStatus(status);
    request.path = QDir::fromNativeSeparators(m_destination->text().trimmed());
    return request;
}

void ExportDialog::updateSelection()
{
    const Exporter *exporter = currentExporter();
    const int count = selectedCount();
    const int status = m_status->currentData().toInt();
    if (count == 0) {
        m_selection->setText(
            status == kAll ? tr("The project has no pages: there is nothing to export.")
                           : tr("No page is “%1”: there is nothing to export. Choose other pages above.")
                                 .arg(PageTableModel::statusText(ReviewStatus(status))));
    } else if (exporter && exporter->layout() == Exporter::Layout::FilePerArticle) {
        m_selection->setText(count == 1
                                 ? tr("1 article, as one %1 file.").arg(exporter->suffix())
                                 : tr("%1 articles, one %2 file each.").arg(count).arg(exporter->suffix()));
    } else {
        m_selection->setText(count == 1 ? tr("1 article, in one file.")
                                        : tr("%1 articles, in one file.").arg(count));
    }
    m_export->setEnabled(!m_running && count > 0 && exporter && !m_destination->text().trimmed().isEmpty());
}

void ExportDialog::browse()
{
    const Exporter *exporter = currentExporter();
    if (!exporter)
        return;
    const QString path =
        exporter->layout() == Exporter::Layout::FilePerArticle
            ? dialogs::getExistingDirectory(this, tr("Export into Folder"), m_destination->text())
            : dialogs::getSaveFileName(this, tr("Export to File"), m_destination->text(),
                                       exportregistry::nameFilter(*exporter));
    if (!path.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(path));
    // Back to the destination just chosen, where Return exports.
    m_destination->setFocus(Qt::OtherFocusReason);
}

void ExportDialog::startExport()
{
    const Request r = request();
    if (!r.exporter || r.path.isEmpty() || selectedCount() == 0)
        return;
    QSettings settings;
    settings.setValue(kFormatKey, r.exporter->id());
    settings.setValue(kStatusKey, m_status->currentData());
    QVariantMap remembered = settings.value(kDestinationsKey).toMap();
    remembered.insert(settingsKey(*r.exporter), QDir::toNativeSeparators(r.path));
    settings.setValue(kDestinationsKey, remembered);
    Q_EMIT exportRequested(r);
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_close->setEnabled(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_status, m_destination, m_browse})
        w->setEnabled(!running);
    if (running) {
        m_summary->hide();
        m_openFolder->hide();
        m_progress->setRange(0, 0);
        m_progress->show();
        m_close->setText(tr("Cancel"));
        m_close->setAccessibleName(tr("Cancel the export"));
    } else {
        m_progress->hide();
        m_close->setText(tr("Close"));
        m_close->setAccessibleName(tr("Close"));
    }
    updateSelection();
}

void ExportDialog::setProgress(int value, int maximum, const QString &text)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
}

void ExportDialog::showResult(const QString &text, const QString &folder)
{
    setRunning(false);
    m_summary->setText(text);
    m_summary->show();
    m_resultFolder = folder;
    m_openFolder->setVisible(!folder.isEmpty() && QDir(folder).exists());
}

void ExportDialog::reject()
{
    // While running, Cancel stops the export; closing the dialog otherwise leaves it running in the
    // status bar (which has its own Cancel).
    if (m_running && sender() == m_close) {
        m_close->setEnabled(false);
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

} // namespace galley
