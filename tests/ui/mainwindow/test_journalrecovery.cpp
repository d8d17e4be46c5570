// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery through the real window: a journal is left on disk the way a crashed session leaves it
// (written, never saved), the project is opened, and the window offers the corrections back. Recovered,
// the page shows them as unsaved edits that save normally; discarded, they are kept in backups/.
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "review/multilinefield.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kRecovered = u"Headline typed before the crash"_s;

/// What a session that crashed mid-edit leaves: the edited record in journal/, the record file as saved.
/// Returns the page's id and its saved headline.
std::pair<QString, QString> crashWhileEditing(const QString &dir)
{
    ProjectError error;
    auto store = ProjectStore::open(dir, &error);
    if (!store || store->summaries().isEmpty())
        return {};
    const QString id = store->summaries().last().id;
    ReviewRecord record;
    if (!store->load(id, &record, &error))
        return {};
    const QString saved = record.corrected.headline;
    record.corrected.headline = kRecovered;
    record.corrected.bylines.append(u"Added Byline"_s);
    record.status = ReviewStatus::InReview;
    record.reviewer = u"Crashed Editor"_s;
    if (!store->writeJournal(record, &error))
        return {};
    return {id, saved};
}

} // namespace

class TestJournalRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_journalrecovery"_s); }
    void init();
    void recoverShowsUnsavedCorrections();
    void discardKeepsBackup();
    void journalEqualToSavedIsNotOffered();

private:
    QTemporaryDir m_settings;
};

void TestJournalRecovery::init()
{
    QSettings().clear();
    QSettings().setValue(u"review/reviewer"_s, u"Recovering Editor"_s);
}

void TestJournalRecovery::recoverShowsUnsavedCorrections()
{
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    const auto [id, savedHeadline] = crashWhileEditing(dir.path());
    QVERIFY(!id.isEmpty());
    QVERIFY(savedHeadline != kRecovered);

    MainWindow window;
    window.show();
    dialogs::queueAnswer(QMessageBox::Yes); // "Recover"
    window.openPaths({dir.path()});
    QVERIFY2(dialogs::lastMessage().contains(u"Recover 1 page of unsaved corrections from "_s),
             qPrintable(dialogs::lastMessage()));
    // The window opens the recovered page, showing the corrections as unsaved edits.
    QTRY_COMPARE(window.review()->currentId(), id);
    RecordDocument *doc = window.review()->document();
    QCOMPARE(window.findChild<MultiLineField *>(u"headlineEdit"_s)->text(), kRecovered);
    QVERIFY(doc->article().bylines.contains(u"Added Byline"_s));
    QCOMPARE(doc->status(), ReviewStatus::InReview);
    QVERIFY(doc->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(doc->savedRecord().corrected.headline, savedHeadline); // nothing written yet

    // One undo step back to the saved page, one redo to the recovered state.
    doc->undoStack()->undo();
    QCOMPARE(window.findChild<MultiLineField *>(u"headlineEdit"_s)->text(), savedHeadline);
    doc->undoStack()->redo();
    QCOMPARE(doc->article().headline, kRecovered);

    // Saving writes them like any correction and removes the journal.
    QVERIFY(window.review()->save());
    QVERIFY(QDir(dir.filePath(u"journal"_s)).entryList({u"*.json"_s}, QDir::Files).isEmpty());
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    auto store = ProjectStore::open(dir.path(), &error, options);
    QVERIFY(store);
    QVERIFY(store->journals().isEmpty());
    ReviewRecord record;
    QVERIFY(store->load(id, &record, &error));
    QCOMPARE(record.corrected.headline, kRecovered);
    QCOMPARE(record.status, ReviewStatus::InReview);
    QCOMPARE(record.reviewer, u"Recovering Editor"_s);
}

void TestJournalRecovery::discardKeepsBackup()
{
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    const auto [id, savedHeadline] = crashWhileEditing(dir.path());
    QVERIFY(!id.isEmpty());

    {
        MainWindow window;
        window.show();
        dialogs::queueAnswer(QMessageBox::Discard);
        window.openPaths({dir.path()});
        QTRY_VERIFY(window.review()->document());
        window.review()->openPage(id);
        QCOMPARE(window.review()->currentId(), id);
        QCOMPARE(window.findChild<MultiLineField *>(u"headlineEdit"_s)->text(), savedHeadline);
        QVERIFY(!window.review()->document()->isModified());
    }

    // The journal is gone; its copy is in backups/journal and still holds the corrections.
    QVERIFY(QDir(dir.filePath(u"journal"_s)).entryList({u"*.json"_s}, QDir::Files).isEmpty());
    const QStringList backups =
        QDir(dir.filePath(u"backups/journal"_s)).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().startsWith(id + u'-'));
    QFile backup(dir.filePath(u"backups/journal/"_s + backups.first()));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll().contains(kRecovered.toUtf8()));

    // Reopened, nothing is offered any more (no question asked: the last message stays ours).
    dialogs::message(nullptr, QMessageBox::Information, {}, u"marker"_s);
    MainWindow again;
    again.openPaths({dir.path()});
    QTRY_VERIFY(again.review()->document());
    QCOMPARE(dialogs::lastMessage(), u"marker"_s);
    QVERIFY(!again.review()->document()->isModified());
}

void TestJournalRecovery::journalEqualToSavedIsNotOffered()
{
    // A crash between a save and the journal's removal leaves a journal equal to the record: nothing to
    // recover, so nothing is asked and the journal is cleaned up.
    QTemporaryDir dir;
    QVERIFY(guitest::makeSampleProject(dir.path()));
    {
        ProjectError error;
        auto store = ProjectStore::open(dir.path(), &error);
        QVERIFY(store);
        ReviewRecord record;
        QVERIFY(store->load(store->summaries().first().id, &record, &error));
        QVERIFY(store->writeJournal(record, &error));
    }
    dialogs::message(nullptr, QMessageBox::Information, {}, u"before"_s); // any question would replace it
    MainWindow window;
    window.openPaths({dir.path()});
    QTRY_VERIFY(window.review()->document());
    QCOMPARE(dialogs::lastMessage(), u"before"_s);
    QVERIFY(!window.review()->document()->isModified());
    QVERIFY(QDir(dir.filePath(u"journal"_s)).entryList({u"*.json"_s}, QDir::Files).isEmpty());
}

QTEST_MAIN(TestJournalRecovery)
#include "test_journalrecovery.moc"
