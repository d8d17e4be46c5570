// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the engine agree: a correction session driven through the window with real key events
// saves the same record as the same session driven through app/review without widgets; the window's
// warnings are `galley check`'s on every page of a generated project; the cases the window once decided
// by rules of its own (an Italian "ansa", a typed "AFP", "&bdquo;" in the Page view) come out as the
// engine decides them.
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "project/importer.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "record/recordjson.h"
#include "review/captureview.h"
#include "review/corrections.h"
#include "review/correctionsession.h"
#include "review/multilinefield.h"
#include "testpaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

using guitest::selectInView;

const QString kCaption = u"The old bridge at dawn, seen from the east bank"_s;

QString paragraphs(const QStringList &list)
{
    QString out;
    for (const QString &p : list)
        out += u"<p>"_s + p + u"</p>\n"_s;
    return out;
}

QString page(const QString &lang, const QString &title, const QString &inner)
{
    return u"<!DOCTYPE html><html lang=\""_s + lang + u"\"><head><meta charset=\"utf-8\"><title>"_s + title +
           u"</title></head><body><article><h1>"_s + title + u"</h1>\n"_s + inner +
           u"</article></body></html>\n"_s;
}

/// Generated captures: the page the session corrects, an Italian page saying "ansa" in lower case, a
/// Polish page quoting with &bdquo;, and a page whose byline is an agency.
void writeCaptures(const QString &dir)
{
    const QHash<QString, QString> files{
        {u"river.html"_s,
         page(u"en"_s, u"River flooding closes the old bridge"_s,
              u"<p class=\"byline\">By Ann Lee and Bo Chan</p>\n"
              u"<figure><img src=\"bridge.jpg\" alt=\"The bridge\"><figcaption>The bridge at "
              u"dawn.</figcaption>"
              u"</figure>\n"_s +
                  paragraphs({u"The river rose by two metres overnight, the city said on Monday, and the old "
                              u"bridge was closed to traffic before dawn."_s,
                              u"Officials said the bridge would reopen once engineers had checked its piers "
                              u"and the road surface for damage."_s,
                              u"Residents of the lower town were told to move cars away from the embankment "
                              u"until the water level falls again."_s,
                              u"Reporting by AFP."_s}))},
        {u"fiume.html"_s,
         page(u"it"_s, u"Il fiume esce dagli argini"_s,
              paragraphs({u"La barca è entrata nell'ansa del fiume dopo la tempesta, come previsto dai "
                          u"tecnici del comune."_s,
                          u"Le acque si sono ritirate nel pomeriggio e la strada lungo l'ansa è stata "
                          u"riaperta al traffico."_s}))},
        {u"most.html"_s,
         page(u"pl"_s, u"Most zamknięty po powodzi"_s,
              paragraphs({u"&bdquo;Nie wiemy jeszcze, kiedy most zostanie otwarty&rdquo; &ndash; powiedział "
                          u"rzecznik miasta w poniedziałek wieczorem."_s,
                          u"Inżynierowie sprawdzą konstrukcję mostu i nawierzchnię jezdni w najbliższych "
                          u"dniach, dodał rzecznik."_s}))},
        {u"wire.html"_s,
         page(u"en"_s, u"Markets open lower"_s,
              u"<p class=\"byline\">By Reuters</p>\n"_s +
                  paragraphs({u"Stocks opened lower on Tuesday as investors weighed new figures on prices "
                              u"and wages, traders said."_s,
                              u"The index fell half a percent in the first hour of trading, led by banks "
                              u"and energy companies."_s}))},
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir + u'/' + it.key());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value().toUtf8());
    }
}

bool makeProject(const QString &dir, const QString &captures)
{
    ProjectError error;
    if (!Project::init(dir, u"parity"_s, *Clock::system(), &error))
        return false;
    auto store = ProjectStore::open(dir, &error);
    return store && Importer(*store).importPaths({captures}).pagesImported == 4;
}

QString idOfHeadline(const QString &dir, const QString &words)
{
    ProjectError error;
    auto store = ProjectStore::open(dir, &error);
    for (const RecordSummary &s : store->summaries()) {
        if (s.headline.contains(words))
            return s.id;
    }
    return {};
}

ReviewRecord loadRecord(const QString &dir, const QString &id)
{
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    options.watch = false;
    auto store = ProjectStore::open(dir, &error, options);
    ReviewRecord record;
    if (!store || !store->load(id, &record, &error))
        qWarning() << error.toString();
    return record;
}

/// The parts of a saved record a session decides (times differ by when the sessions ran).
QJsonObject comparable(const ReviewRecord &record)
{
    QJsonObject o = articleToJson(record.corrected);
    QJsonArray history;
    for (const FieldChange &c : record.history)
        history.append(QJsonObject{{u"field"_s, c.field},
                                   {u"reviewer"_s, c.reviewer},
                                   {u"before"_s, c.before},
                                   {u"after"_s, c.after},
                                   {u"extracted"_s, c.extracted}});
    o.insert(u"history"_s, history);
    o.insert(u"status"_s, reviewStatusName(record.status));
    o.insert(u"reviewer"_s, record.reviewer);
    return o;
}

/// Focuses `widget` by clicking it, as an editor would, and checks the focus went to `expected` (the
/// widget itself unless it hands its focus on, as a combo box's line edit does).
void focusByClick(QWidget *widget, QWidget *expected = nullptr)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, QPoint(4, widget->height() / 2));
    QTRY_COMPARE(QApplication::focusWidget(), expected ? expected : widget);
}

/// Compares two records key by key, so a failure names the key.
void compareRecords(const QJsonObject &actual, const QJsonObject &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys()) {
        const auto text = [&](const QJsonObject &o) {
            return QJsonDocument(QJsonObject{{key, o.value(key)}}).toJson(QJsonDocument::Compact);
        };
        QCOMPARE(text(actual), text(expected));
    }
}

} // namespace

class TestCorrectionParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowSessionEqualsEngineSession();
    void typedAgencyEqualsCaptureSelection();
    void windowWarningsEqualGalleyCheck();
    void pageViewDecodesAsTheBody();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_captures;
    QTemporaryDir m_project;
};

void TestCorrectionParity::initTestCase()
{
    guitest::isolate(m_settings, u"test_correctionparity"_s);
    writeCaptures(m_captures.path());
    QVERIFY(makeProject(m_project.path(), m_captures.path()));
}

void TestCorrectionParity::windowSessionEqualsEngineSession()
{
    // Two copies of the project: one corrected in the window, one through app/review.
    QTemporaryDir windowDir;
    QVERIFY(makeProject(windowDir.path(), m_captures.path()));
    const QString id = idOfHeadline(windowDir.path(), u"River flooding"_s);
    QVERIFY(!id.isEmpty());
    const ReviewRecord start = loadRecord(windowDir.path(), id);
    QVERIFY2(!start.corrected.bylines.isEmpty(), "the generated page has a byline");
    QVERIFY2(!start.corrected.images.isEmpty(), "the generated page has an image");
    QVERIFY2(start.corrected.body.size() >= 2, "the generated page has several body blocks");
    const QString correctedByline = start.corrected.bylines.at(0) + u"-Smith"_s;

    dialogs::queueText(u"Ed Itor"_s); // the reviewer's name, asked at the first save
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openPaths({windowDir.path()});
        QTRY_VERIFY(window.review()->document());
        QVERIFY(window.review()->openPage(id));
        RecordDocument *doc = window.review()->document();

        // A byline: F2 on the first entry, type the corrected name, Return.
        auto *bylines = window.findChild<QListWidget *>(u"bylinesList"_s);
        focusByClick(bylines);
        bylines->setCurrentRow(0);
        QTest::keyClick(bylines, Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != bylines);
        QWidget *inline_ = QApplication::focusWidget();
        QTest::keyClick(inline_, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(inline_, correctedByline);
        QTest::keyClick(inline_, Qt::Key_Return);
        QTRY_COMPARE(doc->article().bylines.value(0), correctedByline);

        // The caption of the first image: typed into its field, Tab leaves it.
        auto *images = window.findChild<QListWidget *>(u"imagesList"_s);
        images->setCurrentRow(0);
        auto *caption = window.findChild<MultiLineField *>(u"captionEdit"_s);
        focusByClick(caption);
        QTest::keyClick(caption, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(caption, kCaption);
        QTest::keyClick(caption, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != caption);
        QCOMPARE(doc->article().images.at(0).caption, kCaption);

        // The credit: "AFP" typed; leaving the field gives the agency's name.
        auto *credit = window.findChild<QComboBox *>(u"creditCombo"_s);
        focusByClick(credit->lineEdit(), credit);
        QTest::keyClick(credit->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(credit->lineEdit(), u"AFP"_s);
        QCOMPARE(doc->article().credit, u"AFP"_s); // kept as typed while typing
        QTest::keyClick(credit->lineEdit(), Qt::Key_Tab);
        QCOMPARE(doc->article().credit, u"Agence France-Presse"_s);
        QCOMPARE(credit->lineEdit()->text(), u"Agence France-Presse"_s);

        // Exclude the second body block with Space; undo and redo with the keyboard.
        auto *body = window.findChild<QListWidget *>(u"bodyList"_s);
        focusByClick(body);
        body->setCurrentRow(1);
        QTest::keyClick(body, Qt::Key_Space);
        QVERIFY(!doc->draft().isIncluded(1));
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc->draft().isIncluded(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!doc->draft().isIncluded(1));

        // Save.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->isModified());
    }
    const ReviewRecord fromWindow = loadRecord(windowDir.path(), id);

    // The same session through the engine.
    ProjectError error;
    const auto store = ProjectStore::open(m_project.path(), &error);
    Capture capture;
    QVERIFY2(store && store->loadCapture(start.source, &capture, &error), qPrintable(error.toString()));
    CorrectionSession session(start, store->vocabulary(), capture.text());
    const Vocabulary &v = session.vocabulary();
    const QString &text = session.captureText();
    QVERIFY(session.apply([&](ArticleDraft *d) {
        corrections::setTyped(d, FieldPath::item(Field::Bylines, 0), correctedByline, v, text);
    }));
    QVERIFY(session.apply([&](ArticleDraft *d) {
        corrections::setTyped(d, FieldPath::item(Field::Images, 0, Member::Caption), kCaption, v, text);
    }));
    QVERIFY(
        session.apply([&](ArticleDraft *d) { corrections::setTyped(d, Field::Credit, u"AFP"_s, v, text); }));
    QVERIFY(session.apply([&](ArticleDraft *d) { corrections::setBodyIncluded(d, 1, false); }));
    QVERIFY(session.undo());
    QVERIFY(session.redo());
    const ReviewRecord fromEngine = session.recordForSave(u"Ed Itor"_s, QDateTime::currentDateTimeUtc());

    compareRecords(comparable(fromWindow), comparable(fromEngine));
    if (QTest::currentTestFailed())
        return;
    // Reopened, the window's record is the engine's too.
    const CorrectionSession reopened(fromWindow, v);
    QCOMPARE(reopened.draft().corrected(), fromEngine.corrected);
}

// Ctrl+3 on "AFP" in the capture gives the same credit as "AFP" typed.
void TestCorrectionParity::typedAgencyEqualsCaptureSelection()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openPaths({m_project.path()});
    QTRY_VERIFY(window.review()->document());
    QVERIFY(window.review()->openPage(idOfHeadline(m_project.path(), u"River flooding"_s)));
    RecordDocument *doc = window.review()->document();
    auto *raw = window.findChild<CaptureView *>(u"captureReadable"_s);
    selectInView(raw, u"AFP"_s);
    QCOMPARE(QApplication::focusWidget(), raw);
    QTest::keyClick(raw, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(doc->article().credit, u"Agence France-Presse"_s);
    QCOMPARE(doc->article().provenance.value(u"credit"_s).value(0).via, u"editor"_s);
    doc->undoStack()->setClean(); // nothing to save when the window closes
    doc->undoStack()->clear();
}

void TestCorrectionParity::windowWarningsEqualGalleyCheck()
{
    QProcess check;
    check.start(galley::test::galleyBinary(),
                {u"check"_s, u"--project"_s, m_project.path(), u"--json"_s, u"--strict"_s});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0 || check.exitCode() == 1, check.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    const QJsonArray pages = report.value(u"pages"_s).toArray();
    QCOMPARE(pages.size(), 4);
    QCOMPARE(check.exitCode(), report.value(u"warnings"_s).toInt() > 0 ? 1 : 0);

    MainWindow window;
    window.show();
    window.openPaths({m_project.path()});
    QTRY_VERIFY(window.review()->document());
    auto *panel = window.findChild<QListWidget *>(u"warningsPanel"_s);
    int agencyBylines = 0;
    for (const QJsonValue &value : pages) {
        const QJsonObject p = value.toObject();
        QVERIFY(window.review()->openPage(p.value(u"id"_s).toString()));
        QStringList shown, checked;
        for (int i = 0; i < panel->count(); ++i)
            shown.append(panel->item(i)->data(Qt::UserRole).toString() + u": "_s + panel->item(i)->text());
        for (const QJsonValue &w : p.value(u"warnings"_s).toArray()) {
            checked.append(w[u"field"_s].toString() + u": "_s + w[u"message"_s].toString());
            QVERIFY2(w[u"kind"_s].toString() != u"missing-credit"_s ||
                         !p.value(u"headline"_s).toString().contains(u"fiume"_s),
                     "an Italian \"ansa\" is no ANSA credit");
            agencyBylines += checked.last().contains(u"is an agency"_s) ? 1 : 0;
        }
        QCOMPARE(shown, checked);
    }
    Q_UNUSED(agencyBylines);
}

// The Page view of an HTML capture is laid out from the engine's parse: "&bdquo;" shows as „, exactly
// as the extracted body has it.
void TestCorrectionParity::pageViewDecodesAsTheBody()
{
    MainWindow window;
    window.show();
    window.openPaths({m_project.path()});
    QTRY_VERIFY(window.review()->document());
    QVERIFY(window.review()->openPage(idOfHeadline(m_project.path(), u"Most"_s)));
    const QString shown = window.findChild<CaptureView *>(u"captureReadable"_s)->toPlainText();
    QVERIFY(!shown.contains(u"&bdquo;"_s));
    const Article &article = window.review()->document()->article();
    QVERIFY(!article.body.isEmpty());
    QVERIFY(article.body.at(0).text.startsWith(u"„Nie wiemy"_s));
    QVERIFY2(shown.contains(article.body.at(0).text), qPrintable(shown));
}

QTEST_MAIN(TestCorrectionParity)
#include "test_correctionparity.moc"
