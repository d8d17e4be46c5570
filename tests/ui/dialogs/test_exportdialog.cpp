// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export… through real widgets: a project built here, pages approved in the window, then
// exported as JSON Lines through the dialog; the file holds exactly the pages chosen, with the
// corrections made. Also: unsaved corrections are saved first, and an empty selection says so.
#include "../guitestsupport.h"
#include "dialogs/dialogs.h"
#include "dialogs/exportdialog.h"
#include "editing/recorddocument.h"
#include "mainwindow/backgroundjob.h"
#include "mainwindow/exportcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "review/multilinefield.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

/// The lines of a JSON Lines file, each parsed.
QList<QJsonObject> readJsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        out.append(doc.object());
    }
    return out;
}

/// Picks the entry of `combo` whose data is `value`, as the keyboard would.
bool chooseData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() != index) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, before < index ? Qt::Key_Down : Qt::Key_Up);
        if (combo->currentIndex() == before)
            return false;
    }
    return true;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_exportdialog"_s); }
    void init();
    void exportsReviewedPagesAsJsonLines();
    void unsavedCorrectionsAreSavedFirst();
    void returnAfterBrowsingExports();
    void emptySelectionSaysSo();
    void unwritableDestinationIsReported();
    void cancelSummaryMatchesTheDisk();

private:
    /// Makes the sample project in `dir`, opens it in `window` and waits for its first page.
    static bool openSampleProject(MainWindow &window, const QString &dir);
    /// File → Export…, then the dialog.
    static ExportDialog *openDialog(MainWindow &window);
    /// Chooses JSON Lines, `status` (data of the filter) and `path`, clicks Export and waits for the end.
    static QString exportJsonLines(MainWindow &window, ExportDialog *dialog, int status, const QString &path);

    QTemporaryDir m_settings;
};

void TestExportDialog::init()
{
    QSettings().clear();
    QSettings().setValue(u"review/reviewer"_s, u"Export Tester"_s);
}

bool TestExportDialog::openSampleProject(MainWindow &window, const QString &dir)
{
    if (!guitest::makeSampleProject(dir))
        return false;
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.openPaths({dir});
    return QTest::qWaitFor([&] { return window.review()->document() != nullptr; });
}

ExportDialog *TestExportDialog::openDialog(MainWindow &window)
{
    QAction *action = window.findChild<QAction *>(u"actionExport"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>(u"exportDialog"_s);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QString TestExportDialog::exportJsonLines(MainWindow &window, ExportDialog *dialog, int status,
                                          const QString &path)
{
    if (!chooseData(dialog->findChild<QComboBox *>(u"exportFormat"_s), u"jsonl"_s) ||
        !chooseData(dialog->findChild<QComboBox *>(u"exportStatus"_s), status))
        return u"<cannot choose>"_s;
    auto *destination = dialog->findChild<QLineEdit *>(u"exportDestination"_s);
    destination->setFocus();
    destination->selectAll();
    QTest::keyClicks(destination, path);
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    if (!button->isEnabled())
        return u"<export disabled>"_s;
    QTest::mouseClick(button, Qt::LeftButton);
    // The window stays usable while the export runs: the review panes are not disabled.
    if (window.job()->isRunning() && !window.centralWidget()->isEnabled())
        return u"<window blocked>"_s;
    window.job()->waitForFinished();
    auto *summary = dialog->findChild<QLabel *>(u"exportSummary"_s);
    return summary->isVisible() ? summary->text() : u"<no summary>"_s;
}

void TestExportDialog::exportsReviewedPagesAsJsonLines()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openSampleProject(window, dir.path()));

    // Approve the first page with a corrected headline; the other stays new.
    RecordDocument *doc = window.review()->document();
    const QString approved = window.review()->currentId();
    auto *headline = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, u"Corrected & \"quoted\" headline"_s);
    QCOMPARE(doc->article().headline, u"Corrected & \"quoted\" headline"_s);
    QTest::keyClick(headline, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(window.review()->currentId() != approved);
    const QString other = window.review()->currentId();

    ExportDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    // Reviewed is the default filter, and the default destination is in the project's exports/ folder.
    QCOMPARE(dialog->findChild<QComboBox *>(u"exportStatus"_s)->currentData().toInt(),
             int(ReviewStatus::Reviewed));
    QVERIFY(dialog->findChild<QLineEdit *>(u"exportDestination"_s)
                ->text()
                .startsWith(QDir::toNativeSeparators(dir.filePath(u"exports"_s))));
    QCOMPARE(dialog->selectedCount(), 1);

    const QString reviewedPath = dir.filePath(u"out/reviewed.jsonl"_s);
    const QString summary = exportJsonLines(window, dialog, int(ReviewStatus::Reviewed), reviewedPath);
    QVERIFY2(summary.startsWith(u"Wrote 1 article to "_s), qPrintable(summary));
    QVERIFY(summary.contains(QDir::toNativeSeparators(reviewedPath)));
    QVERIFY(dialog->findChild<QPushButton *>(u"exportOpenFolder"_s)->isVisible());
    QList<QJsonObject> lines = readJsonLines(reviewedPath);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value(u"source"_s).toObject().value(u"id"_s).toString(), approved);
    QCOMPARE(lines.at(0).value(u"status"_s).toString(), u"reviewed"_s);
    QCOMPARE(lines.at(0).value(u"reviewer"_s).toString(), u"Export Tester"_s);
    QCOMPARE(lines.at(0).value(u"headline"_s).toString(), u"Corrected & \"quoted\" headline"_s);

    // Every page: one line each, in the engine's stable order; the destination is remembered per format.
    const QString allPath = dir.filePath(u"out/all.jsonl"_s);
    QVERIFY2(exportJsonLines(window, dialog, -1, allPath)
                 .startsWith(u"Wrote %1 articles"_s.arg(guitest::kSamplePages)),
             qPrintable(dialog->findChild<QLabel *>(u"exportSummary"_s)->text()));
    lines = readJsonLines(allPath);
    QCOMPARE(lines.size(), guitest::kSamplePages);
    QStringList ids;
    for (const QJsonObject &line : lines)
        ids.append(line.value(u"source"_s).toObject().value(u"id"_s).toString());
    QVERIFY(ids.contains(approved) && ids.contains(other));
    dialog->close();
    ExportDialog again(dir.path(), dir.filePath(u"exports"_s));
    QCOMPARE(again.findChild<QComboBox *>(u"exportFormat"_s)->currentData().toString(), u"jsonl"_s);
    QCOMPARE(again.request().path, allPath);
}

void TestExportDialog::unsavedCorrectionsAreSavedFirst()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openSampleProject(window, dir.path()));
    const QString id = window.review()->currentId();
    window.review()->document()->setStatus(ReviewStatus::Reviewed);
    auto *headline = window.findChild<MultiLineField *>(u"headlineEdit"_s);
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, u"Not saved yet"_s);
    QVERIFY(window.isWindowModified());

    // Cancel at the question: no dialog, nothing saved.
    dialogs::queueAnswer(QMessageBox::Cancel);
    QVERIFY(!openDialog(window));
    QVERIFY(window.review()->document()->isModified());
    // Save: the page is saved, then the dialog opens and the export holds the correction.
    dialogs::queueAnswer(QMessageBox::Save);
    ExportDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QVERIFY(!window.review()->document()->isModified());
    QVERIFY(dialogs::lastMessage().contains(u"not saved"_s));
    const QString path = dir.filePath(u"saved.jsonl"_s);
    const QString summary = exportJsonLines(window, dialog, int(ReviewStatus::Reviewed), path);
    QVERIFY2(summary.startsWith(u"Wrote 1 article"_s), qPrintable(summary));
    const QList<QJsonObject> lines = readJsonLines(path);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value(u"source"_s).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(lines.at(0).value(u"headline"_s).toString(), u"Not saved yet"_s);
}

void TestExportDialog::returnAfterBrowsingExports()
{
    // Keyboard only: Tab to Browse, Space opens the chooser, and once a file is chosen the focus is
    // back on the destination, where Return exports (it does not open the chooser again).
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openSampleProject(window, dir.path()));
    ExportDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QVERIFY(chooseData(dialog->findChild<QComboBox *>(u"exportFormat"_s), u"jsonl"_s));
    QVERIFY(chooseData(dialog->findChild<QComboBox *>(u"exportStatus"_s), -1));
    auto *destination = dialog->findChild<QLineEdit *>(u"exportDestination"_s);
    auto *browse = dialog->findChild<QPushButton *>(u"exportBrowse"_s);
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    destination->setFocus();
    QCOMPARE(QApplication::focusWidget(), destination);
    QTest::keyClick(destination, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), browse);
    const QString path = dir.filePath(u"chosen.jsonl"_s);
    dialogs::queueFileNames({path});
    QTest::keyClick(browse, Qt::Key_Space);
    QCOMPARE(destination->text(), QDir::toNativeSeparators(path));
    QCOMPARE(QApplication::focusWidget(), destination);
    // Return from Browse itself exports too.
    browse->setFocus();
    QTest::keyClick(browse, Qt::Key_Return);
    window.job()->waitForFinished();
    QCOMPARE(readJsonLines(path).size(), guitest::kSamplePages);
}

void TestExportDialog::emptySelectionSaysSo()
{
    QTemporaryDir dir;
    MainWindow window;
    ExportDialog *dialog = openSampleProject(window, dir.path()) ? openDialog(window) : nullptr;
    QVERIFY(dialog);
    // Nothing is reviewed yet: the default filter selects nothing, says so, and Export is off.
    auto *selection = dialog->findChild<QLabel *>(u"exportSelection"_s);
    QCOMPARE(dialog->selectedCount(), 0);
    QVERIFY2(selection->text().startsWith(u"No page is “Reviewed”"_s), qPrintable(selection->text()));
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"exportOpenFolder"_s)->isVisible()); // nothing written yet
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!window.job()->isRunning());
    QVERIFY(!QDir(dir.filePath(u"exports"_s)).exists() ||
            QDir(dir.filePath(u"exports"_s)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
    // Choosing the new pages selects them all, and the per-article formats say a file each.
    QVERIFY(chooseData(dialog->findChild<QComboBox *>(u"exportStatus"_s), int(ReviewStatus::New)));
    QVERIFY(chooseData(dialog->findChild<QComboBox *>(u"exportFormat"_s), u"markdown"_s));
    QCOMPARE(dialog->selectedCount(), guitest::kSamplePages);
    QVERIFY2(selection->text().startsWith(u"%1 articles, one md file each"_s.arg(guitest::kSamplePages)),
             qPrintable(selection->text()));
    QVERIFY(button->isEnabled());
    QCOMPARE(dialog->request().path, dir.filePath(u"exports/markdown"_s));
}

void TestExportDialog::unwritableDestinationIsReported()
{
    QTemporaryDir dir;
    MainWindow window;
    ExportDialog *dialog = openSampleProject(window, dir.path()) ? openDialog(window) : nullptr;
    QVERIFY(dialog);
    // A folder where a file is: the summary names the place and says nothing was written.
    const QString blocked = dir.filePath(u"galley.json/out.jsonl"_s);
    const QString summary = exportJsonLines(window, dialog, -1, blocked);
    QVERIFY2(summary.startsWith(u"Nothing was written.\nProblem:\n"_s), qPrintable(summary));
    QVERIFY2(summary.contains(QDir::toNativeSeparators(dir.filePath(u"galley.json"_s))), qPrintable(summary));
    QVERIFY(!dialog->findChild<QPushButton *>(u"exportOpenFolder"_s)->isVisible());
    QVERIFY(dialog->findChild<QComboBox *>(u"exportFormat"_s)->isEnabled()); // ready to try again
}

void TestExportDialog::cancelSummaryMatchesTheDisk()
{
    QTemporaryDir dir;
    MainWindow window;
    ExportDialog *dialog = openSampleProject(window, dir.path()) ? openDialog(window) : nullptr;
    QVERIFY(dialog);
    QVERIFY(chooseData(dialog->findChild<QComboBox *>(u"exportStatus"_s), -1));
    const QString path = dir.filePath(u"cancelled.jsonl"_s);
    auto *destination = dialog->findChild<QLineEdit *>(u"exportDestination"_s);
    destination->selectAll();
    QTest::keyClicks(destination, path);
    // Cancel right after Export: the worker may stop before writing or (with two pages, usually) be done
    // already. Either way the summary must tell the truth about the disk: cancelled means no file, written
    // means every line.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    auto *close = dialog->findChild<QPushButton *>(u"exportClose"_s);
    QCOMPARE(close->text(), u"Cancel"_s);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // Cancel stops the export, it does not close the dialog
    window.job()->waitForFinished();
    const QString summary = dialog->findChild<QLabel *>(u"exportSummary"_s)->text();
    if (summary.startsWith(u"Export cancelled; nothing was written."_s))
        QVERIFY(!QFile::exists(path));
    else
        QVERIFY2(summary.startsWith(u"Wrote %1 articles"_s.arg(guitest::kSamplePages)) &&
                     readJsonLines(path).size() == guitest::kSamplePages,
                 qPrintable(summary));
    QCOMPARE(close->text(), u"Close"_s);
    QVERIFY(close->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
