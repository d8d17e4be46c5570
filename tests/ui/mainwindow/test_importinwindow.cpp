// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import in the window, after the worker is done: the page list shows the new pages at once, and
// the project the window takes back (the import's own store, moved to the window's thread) still hears
// changes other programs make to its records, as a project opened by the window does.
#include "../../capture/capturewriter.h"
#include "../guitestsupport.h"
#include "browser/pagetablemodel.h"
#include "browser/projectbrowser.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sessioncontroller.h"
#include "project/recordfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestImportInWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_importinwindow"_s); }
    void importedPagesAreListedAndWatched();

private:
    QTemporaryDir m_settings;
};

void TestImportInWindow::importedPagesAreListedAndWatched()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"project"_s);
    QVERIFY(guitest::makeSampleProject(project));
    QByteArray warc;
    for (int i = 0; i < 3; ++i)
        warc += testing::warcHtmlResponse(
            "https://news.example/harbour-" + QByteArray::number(i), "2026-12-01T10:00:00Z",
            "<html><head><title>Harbour vote " + QByteArray::number(i) +
                "</title></head><body><article><h1>Harbour vote " + QByteArray::number(i) +
                "</h1><p>The council voted on the harbour plan after a long debate in the town hall.</p>"
                "<p>Residents spoke for an hour before the vote was taken late in the evening.</p>"
                "</article></body></html>");
    const QString archive = dir.filePath(u"pages.warc"_s);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(warc) == warc.size());
    file.close();

    MainWindow window;
    window.show();
    window.openPaths({project});
    PageTableModel *model = window.findChild<ProjectBrowser *>()->model();
    QCOMPARE(model->rowCount(), guitest::kSamplePages);

    QSignalSpy finished(window.sessions(), &SessionController::jobFinished);
    window.sessions()->importIntoProject({archive});
    QVERIFY(finished.wait(60000));
    QCOMPARE(model->rowCount(), guitest::kSamplePages + 3);

    // Another program (a second Galley, git) replaces an imported record's note on disk: the list shows it.
    const QString id = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->summaries().at(row).url.endsWith(u"harbour-1"_s))
                return model->summaries().at(row).id;
        }
        return QString();
    }();
    QVERIFY(!id.isEmpty());
    const QString path = QDir(project).filePath(u"records/"_s + recordFileName(id));
    QFile record(path);
    QVERIFY(record.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(record.readAll()).object();
    record.close();
    QJsonObject review = json.value(u"review"_s).toObject();
    review.insert(u"note"_s, u"checked by the desk"_s);
    json.insert(u"review"_s, review);
    QSaveFile replaced(path); // as Galley and git write: a new file renamed over the old one
    QVERIFY(replaced.open(QIODevice::WriteOnly));
    QVERIFY(replaced.write(QJsonDocument(json).toJson()) > 0);
    QVERIFY(replaced.commit());
    QTRY_COMPARE_WITH_TIMEOUT(model->summaries().at(model->rowOf(id)).note, u"checked by the desk"_s, 10000);
}

QTEST_MAIN(TestImportInWindow)
#include "test_importinwindow.moc"
