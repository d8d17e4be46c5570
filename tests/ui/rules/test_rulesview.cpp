// SPDX-License-Identifier: GPL-3.0-or-later
// The Rules and Accuracy Report views on a generated same-site project where two pages were corrected
// the same way (the widget line taken out of the body): the proposal shows its effect, is accepted from
// the keyboard, the site's other pages are re-extracted (the widget line leaves their body) and Edit →
// Undo restores them; the editor's records never change; the report shows `galley report`'s figures.
#include "../../project/projecttestutil.h"
#include "../../rules/sitefixture.h"
#include "../guitestsupport.h"
#include "editing/recorddocument.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/reviewcontroller.h"
#include "mainwindow/reviewsession.h"
#include "mainwindow/rulescontroller.h"
#include "mainwindow/shortcutcatalog.h"
#include "project/projectstore.h"
#include "review/articlepane.h"
#include "review/capturepane.h"
#include "review/captureview.h"
#include "review/corrections.h"
#include "review/correctionsession.h"
#include "rules/accuracychart.h"
#include "rules/choicelistdialog.h"
#include "rules/reextraction.h"
#include "rules/reportview.h"
#include "rules/ruleeditdialog.h"
#include "rules/rulesview.h"
#include "rules/sitepages.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;
using namespace Qt::StringLiterals;

class TestRulesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void acceptReextractUndoFromTheKeyboard();
    void editAndDeclineFromTheKeyboard();
    void articleFieldNamesTheRule();
    void mergeSplitUndoFromTheKeyboard();
    void staleReadingIsDropped();

private:
    /// With `footerVariant`, the site's odd pages have another footer: two template fingerprints.
    bool buildProject(const QString &dir, bool footerVariant = false);
    ReviewRecord loadFromDisk(const QString &id);
    /// Shows `window`, active, with the project open on its first page.
    bool openWindow(MainWindow &window);
    /// Rules → Site Rules by key (Ctrl+Shift+R): the focus goes to the list at once; the pages are read
    /// on a worker thread and the list fills in when loaded() comes. False when either fails.
    bool openRulesByKey(MainWindow &window);

    QTemporaryDir m_settings;
    QString m_project;
    QStringList m_ids; ///< the site's pages; the first two corrected
    QString m_otherId; ///< a page of another site with the same planted lines
};

void TestRulesView::initTestCase()
{
    guitest::isolate(m_settings, u"test_rulesview"_s);
    if (!QDir(corpusDir()).exists())
        QSKIP(qPrintable(u"the shared corpus is missing at %1"_s.arg(corpusDir())));
}

// Six pages of one site and one of another; the editor takes the widget line out of two of them and
// approves them, through the engine's correction session as the window would.
bool TestRulesView::buildProject(const QString &dir, bool footerVariant)
{
    const QStringList files = writeSitePages(corpusTexts(), dir + u"/in"_s, 6, footerVariant);
    if (files.size() != 7)
        return false;
    m_project = dir + u"/project"_s;
    if (!initProject(m_project))
        return false;
    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    auto store = ProjectStore::open(m_project, &error, options);
    if (!store)
        return false;
    m_ids.clear();
    for (const QString &file : files) {
        if (Importer(*store).importPaths({file}).pagesImported != 1)
            return false;
        m_ids.append(store->summaries().last().id);
    }
    m_otherId = m_ids.takeLast();
    for (int i = 0; i < 2; ++i) {
        ReviewRecord record;
        Capture capture;
        if (!store->load(m_ids.at(i), &record, &error) ||
            !store->loadCapture(record.source, &capture, &error))
            return false;
        CorrectionSession session(record, store->vocabulary(), capture.text());
        const qsizetype block = [&] {
            for (qsizetype b = 0; b < record.corrected.body.size(); ++b) {
                if (record.corrected.body.at(b).text == widgetLine(i))
                    return b;
            }
            return qsizetype(-1);
        }();
        if (block < 0)
            return false;
        session.apply([&](ArticleDraft *draft) { corrections::setBodyIncluded(draft, block, false); });
        session.setStatus(ReviewStatus::Reviewed);
        if (!store->save(session.recordForSave(u"editor"_s, testTime(30)), &error))
            return false;
        store->release(m_ids.at(i));
    }
    return true;
}

bool TestRulesView::openWindow(MainWindow &window)
{
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.openPaths({m_project});
    return QTest::qWaitFor([&] { return window.review()->document() != nullptr; });
}

bool TestRulesView::openRulesByKey(MainWindow &window)
{
    RulesView *view = window.rules()->rulesView();
    QSignalSpy loaded(view, &RulesView::loaded);
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    if (QApplication::focusWidget() != view->tree()) {
        qWarning() << "the focus is on" << QApplication::focusWidget();
        return false;
    }
    if (loaded.count() == 0 && !loaded.wait(120000))
        return false;
    return !view->isLoading() && !view->findChild<QProgressBar *>(u"rulesProgress"_s)->isVisible() &&
           view->tree()->topLevelItemCount() > 0;
}

ReviewRecord TestRulesView::loadFromDisk(const QString &id)
{
    // The record file as saved (the window holds the project's lock; a read-only store reads beside it).
    ProjectError error;
    ProjectStore::Options options;
    options.access = Project::Access::ReadOnly;
    options.watch = false;
    options.useCache = false;
    auto store = ProjectStore::open(m_project, &error, options);
    ReviewRecord record;
    if (!store || !store->load(id, &record, &error))
        qWarning() << error.toString();
    return record;
}

void TestRulesView::acceptReextractUndoFromTheKeyboard()
{
    QTemporaryDir dir;
    QVERIFY(buildProject(dir.path()));
    const ReviewRecord reviewed0 = loadFromDisk(m_ids.at(0));
    const ReviewRecord reviewed1 = loadFromDisk(m_ids.at(1));
    QVERIFY(bodyHasLine(loadFromDisk(m_ids.at(3)).extracted, widgetLine(3)));

    MainWindow window;
    QVERIFY(openWindow(window));
    const QString openPage = window.review()->currentId();

    // Rules → Site Rules by key: the dock shows the proposal, the focus is in its list.
    RulesView *view = window.rules()->rulesView();
    QVERIFY(openRulesByKey(window));
    QVERIFY(window.rules()->rulesDock()->isVisible());
    QTreeWidget *tree = view->tree();
    QCOMPARE(QApplication::focusWidget(), tree);
    // The dock leaves the article pane its width: the form is never wider than what shows it (the pane
    // does not scroll sideways, so a wider form would clip the fields).
    auto *article = window.findChild<ArticlePane *>();
    window.resize(1100, 900); // a narrow window, where the dock used to take the article pane's room
    QVERIFY(article->widget()->isVisible());
    QTRY_VERIFY2(article->widget()->width() <= article->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(article->widget()->width()).arg(article->viewport()->width())));
    window.resize(1400, 900);
    QCOMPARE(view->state().proposals.size(), 1);
    const RuleProposal proposal = view->state().proposals.first();
    QVERIFY2(proposal.rule.description.contains(u"not part of the article"_s),
             qPrintable(proposal.rule.description));
    QCOMPARE(proposal.otherPages, 4); // six pages, two of them the editor's
    QCOMPARE(proposal.pagesChanged, 4);
    QVERIFY(tree->currentItem()->text(0).contains(proposal.rule.description));
    // The preview names the widget line it takes out, before and after.
    const QString detail = window.findChild<QTextBrowser *>(u"ruleDetail"_s)->toPlainText();
    QVERIFY2(detail.contains(widgetLine(2)) || detail.contains(widgetLine(3)), qPrintable(detail));
    QVERIFY2(detail.contains(u"4 value(s) change"_s), qPrintable(detail));

    // F1 lists the list's keys.
    bool listed = false;
    for (const ShortcutGroup &group : shortcutCatalog(*window.actions(), &window, {view})) {
        for (const auto &entry : group.entries)
            listed = listed || entry.text.contains(u"Accept the proposed rule"_s);
    }
    QVERIFY(listed);

    // Return accepts: the rule is in rules/<site>.json, listed as accepted, no longer proposed.
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(view->state().proposals.isEmpty());
    QVERIFY(view->state().book.contains(proposal.rule.id));
    QVERIFY(QFile::exists(m_project + u"/rules/"_s + proposal.rule.site + u".json"_s));
    QCOMPARE(QApplication::focusWidget(), tree);
    QVERIFY(tree->currentItem()->text(0).startsWith(u"Accepted:"_s));

    // Re-extract the site by key: the other pages lose the widget line; the editor's do not change.
    QTest::keyClick(tree, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    for (int i = 2; i < m_ids.size(); ++i)
        QVERIFY2(!bodyHasLine(loadFromDisk(m_ids.at(i)).extracted, widgetLine(i)), qPrintable(m_ids.at(i)));
    QCOMPARE(loadFromDisk(m_ids.at(0)), reviewed0);
    QCOMPARE(loadFromDisk(m_ids.at(1)), reviewed1);
    QVERIFY(bodyHasLine(loadFromDisk(m_otherId).extracted, widgetLine(int(m_ids.size())))); // another site
    QCOMPARE(view->undoStack()->count(), 1);
    QCOMPARE(window.review()->currentId(), openPage); // the open page was closed and opened again
    QCOMPARE(QApplication::focusWidget(), tree);

    // Edit → Undo (Ctrl+Z in the Rules view) restores the records; redo applies them again.
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    for (int i = 2; i < m_ids.size(); ++i)
        QVERIFY2(bodyHasLine(loadFromDisk(m_ids.at(i)).extracted, widgetLine(i)), qPrintable(m_ids.at(i)));
    QCOMPARE(loadFromDisk(m_ids.at(0)), reviewed0);
    QCOMPARE(loadFromDisk(m_ids.at(1)), reviewed1);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!bodyHasLine(loadFromDisk(m_ids.at(2)).extracted, widgetLine(2)));

    // A value a rule set (via "rule:<id>") is named in the capture's source label by the rule's words.
    CaptureView *capture = window.findChild<CapturePane *>()->readableView();
    capture->setProvenance(Provenance{{u"credit"_s, {SourceSpan{0, 4, u"rule:"_s + proposal.rule.id}}}});
    QVERIFY2(capture->sourceLabel(u"credit"_s).contains(proposal.rule.description),
             qPrintable(capture->sourceLabel(u"credit"_s)));

    // Rules → Accuracy Report by key: the figures are `galley report --json`'s.
    ReportView *report = window.rules()->reportView();
    QSignalSpy reportLoaded(report, &ReportView::loaded);
    QTest::keyClick(tree, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    // The report is computed on a worker thread: the focus is in its table at once, the figures come
    // when the work is done and the progress bar goes.
    QCOMPARE(QApplication::focusWidget(), report->table());
    QVERIFY(reportLoaded.count() > 0 || reportLoaded.wait(120000));
    QVERIFY(!report->isLoading());
    QVERIFY(!report->findChild<QProgressBar *>(u"reportProgress"_s)->isVisible());
    QVERIFY(window.rules()->reportDock()->isVisible());
    QCOMPARE(QApplication::focusWidget(), report->table());
    QProcess galley;
    galley.start(galleyBinary(), {u"report"_s, u"--project"_s, m_project, u"--json"_s});
    QVERIFY(galley.waitForFinished(120000));
    const QJsonObject json = QJsonDocument::fromJson(galley.readAllStandardOutput()).object();
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"pages"_s).toInt(), 2);
    QTableWidget *table = report->table();
    QCOMPARE(table->rowCount(), 1 + json.value(u"sites"_s).toArray().size());
    QCOMPARE(table->item(0, 1)->text(), QString::number(overall.value(u"pages"_s).toInt()));
    const auto percent = [](double rate) { return QString::number(qRound(rate * 100)); };
    for (int i = 0; i < kReportFieldCount; ++i) {
        const QString field = reportFieldName(ReportField(i));
        const QJsonObject without = overall.value(u"withoutRules"_s).toObject().value(field).toObject();
        const QJsonObject with = overall.value(u"withRules"_s).toObject().value(field).toObject();
        const QString a = percent(without.value(u"rate"_s).toDouble());
        const QString b = percent(with.value(u"rate"_s).toDouble());
        QCOMPARE(table->item(0, 3 + i)->text(), a == b ? a : u"%1 → %2"_s.arg(a, b));
        QCOMPARE(report->chart()->site().withRules[i].survived, with.value(u"survived"_s).toInt());
    }
    // The body: the reviewed pages had the widget line taken out; the rule does the same.
    const int body = int(ReportField::Body);
    QCOMPARE(table->item(0, 3 + body)->text(), u"0 → 100"_s);
}

void TestRulesView::editAndDeclineFromTheKeyboard()
{
    QTemporaryDir dir;
    QVERIFY(buildProject(dir.path()));
    MainWindow window;
    QVERIFY(openWindow(window));
    RulesView *view = window.rules()->rulesView();
    QVERIFY(openRulesByKey(window));
    QTreeWidget *tree = view->tree();
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(view->state().proposals.size(), 1);

    // F2 edits the proposal: the engine reads the edited rule and says what is wrong with it.
    QTest::keyClick(tree, Qt::Key_F2);
    auto *dialog = window.findChild<RuleEditDialog *>(u"ruleEditDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    auto *pattern = dialog->findChild<QLineEdit *>(u"rulePatternEdit"_s);
    pattern->setFocus();
    QCOMPARE(QApplication::focusWidget(), pattern);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClick(pattern, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(pattern, u"^Watch: (3"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(
        dialog->findChild<QLabel *>(u"ruleEditError"_s)->text().contains(u"not a valid regular expression"_s),
        qPrintable(dialog->findChild<QLabel *>(u"ruleEditError"_s)->text()));
    // Narrowed to the pages printing "3 min": only those change.
    QTest::keyClick(pattern, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(pattern, u"^Watch: 3 min \\d+ sec$"_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(pattern, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<RuleEditDialog *>(u"ruleEditDialog"_s));
    QApplication::setActiveWindow(&window);
    QCOMPARE(view->state().proposals.size(), 1);
    const RuleProposal edited = view->state().proposals.first();
    QCOMPARE(edited.rule.pattern, u"^Watch: 3 min \\d+ sec$"_s);
    int threeMinutes = 0;
    for (int i = 2; i < m_ids.size(); ++i)
        threeMinutes += widgetLine(i).startsWith(u"Watch: 3 min"_s) ? 1 : 0;
    QCOMPARE(edited.otherPages, 4);
    QCOMPARE(edited.pagesChanged, threeMinutes);
    QVERIFY(tree->currentItem()->text(0).contains(edited.rule.description));

    // The edit is kept in the site's rules file: read again, the proposal is still the edited one.
    view->reload();
    QCOMPARE(view->state().proposals.size(), 1);
    QCOMPARE(view->state().proposals.first().rule.id, edited.rule.id);

    // Delete declines it: recorded in the rules file (no rule accepted), and not proposed again.
    tree->setFocus();
    QCOMPARE(QApplication::focusWidget(), tree);
    QVERIFY(tree->currentItem()->text(0).contains(edited.rule.description));
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(view->state().proposals.isEmpty());
    QList<ProjectError> problems;
    const RuleBook book = RuleBook::load(m_project + u"/rules"_s, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(book.isDeclined(edited.rule.id));
    QVERIFY(book.rulesFor(edited.rule.site).isEmpty());
    view->reload();
    QVERIFY(view->state().proposals.isEmpty());
}

void TestRulesView::articleFieldNamesTheRule()
{
    QTemporaryDir dir;
    QVERIFY(buildProject(dir.path()));
    // A credit rule for the site, written by hand as a rules file may be, applied by re-extraction.
    SiteRule rule;
    {
        ProjectError error;
        ProjectStore::Options options;
        options.watch = false;
        auto store = ProjectStore::open(m_project, &error, options);
        QVERIFY2(store, qPrintable(error.toString()));
        QList<ProjectError> problems;
        const QList<SitePage> pages = loadSitePages(*store, RuleBook(), &problems);
        rule.site = pages.first().site;
        rule.action = RuleAction::SetField;
        rule.field = Field::Credit;
        rule.pattern = u"^Story\\ from\\ (.+)$"_s;
        rule.description = u"On this site, the credit is the outlet after 'Story from'"_s;
        rule.assignId();
        RuleBook book = RuleBook::load(store->project().rulesPath(), &problems);
        QVERIFY2(book.addRule(rule, &error), qPrintable(error.toString()));
        reextractPages(*store, pages, book, &problems);
        QVERIFY(problems.isEmpty());
    }
    QCOMPARE(loadFromDisk(m_ids.at(2)).corrected.credit, outlet(2));

    MainWindow window;
    QVERIFY(openWindow(window));
    QVERIFY(window.review()->openPage(m_ids.at(2)));
    QLineEdit *credit = nullptr;
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->property("galleyField").toString() == u"credit"_s)
            credit = edit;
    }
    QVERIFY(credit);
    QCOMPARE(credit->text(), outlet(2));
    // The field's tooltip names the rule that set it, in the rule's words.
    QVERIFY2(credit->toolTip().contains(rule.id) && credit->toolTip().contains(rule.description),
             qPrintable(credit->toolTip()));
    // Typed over, the value is the editor's: the tooltip says so and no longer names the rule.
    credit->setFocus();
    QWidget *combo = credit->parentWidget(); // the credit is an editable combo box, its line edit inside
    QCOMPARE(QApplication::focusWidget(), combo);
    QTest::keyClick(combo, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(combo, u"Fourth Coffee Wire"_s);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(credit->property("galleyChanged").toBool());
    QVERIFY2(!credit->toolTip().contains(rule.id), qPrintable(credit->toolTip()));
}

namespace {

// Moves the list's current item down (real keys) until it is the site item of `site`.
bool goToSite(QTreeWidget *tree, const RulesView *view, const QString &site)
{
    QTest::keyClick(tree, Qt::Key_Home);
    for (int presses = 0; presses < 40; ++presses) {
        if (view->currentSite() == site && tree->currentItem() && !tree->currentItem()->parent())
            return true;
        QTest::keyClick(tree, Qt::Key_Down);
    }
    return false;
}

ChoiceListDialog *openChoiceDialog(QWidget *window)
{
    for (ChoiceListDialog *dialog : window->findChildren<ChoiceListDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

void TestRulesView::mergeSplitUndoFromTheKeyboard()
{
    // One site whose footer changed on its odd pages: two fingerprints, one correction on each.
    QTemporaryDir dir;
    QVERIFY(buildProject(dir.path(), /*footerVariant=*/true));
    MainWindow window;
    QVERIFY(openWindow(window));
    RulesView *view = window.rules()->rulesView();
    QVERIFY(openRulesByKey(window));
    QTreeWidget *tree = view->tree();
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(view->state().pagesPerSite.size(), 3);
    QVERIFY(view->state().proposals.isEmpty()); // no site has two corrected pages
    const QString even = view->state().siteOf(m_ids.at(0));
    const QString odd = view->state().siteOf(m_ids.at(1));
    QVERIFY(!even.isEmpty() && !odd.isEmpty() && even != odd);

    // F1 lists the new keys.
    QStringList keys;
    for (const ShortcutGroup &group : shortcutCatalog(*window.actions(), &window, {view})) {
        for (const auto &entry : group.entries)
            keys.append(entry.text);
    }
    QVERIFY2(keys.contains(u"Merge the site into another site"_s), qPrintable(keys.join(u'|')));
    QVERIFY(keys.contains(u"Split pages off the site into a new site"_s));

    // Ctrl+M on the odd site: choose the even site (Down to it, Return). One site, one proposal.
    QVERIFY(goToSite(tree, view, odd));
    QVERIFY(tree->currentItem()->toolTip(0).contains(odd));
    QTest::keyClick(tree, Qt::Key_M, Qt::ControlModifier);
    ChoiceListDialog *merge = openChoiceDialog(&window);
    QVERIFY(merge);
    QApplication::setActiveWindow(merge);
    QListWidget *list = merge->list();
    QTRY_COMPARE(QApplication::focusWidget(), list); // the list has the focus when the dialog opens
    QCOMPARE(list->count(), 2);
    for (int presses = 0; presses < list->count() && merge->chosen() != QStringList{even}; ++presses)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(merge->chosen(), QStringList{even});
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!openChoiceDialog(&window));
    QApplication::setActiveWindow(&window); // what the window manager does when the dialog closes
    QCOMPARE(view->state().pagesPerSite.size(), 2);
    QCOMPARE(view->state().pagesPerSite.value(even), 6);
    QCOMPARE(view->state().proposals.size(), 1);
    QCOMPARE(view->state().proposals.first().examplePages.size(), 2);
    QCOMPARE(view->currentSite(), even);
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QVERIFY(QFile::exists(m_project + u"/rules/_sites.json"_s));
    // The proposal's entry names it in full in its tooltip.
    QTreeWidgetItem *proposalItem = tree->currentItem()->child(0);
    QVERIFY(proposalItem->toolTip(0).contains(view->state().proposals.first().rule.description));
    QVERIFY(proposalItem->toolTip(0).contains(view->state().proposals.first().rule.id));

    // Edit → Undo separates them again; Redo merges.
    QCOMPARE(view->undoStack()->count(), 1);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->state().pagesPerSite.size(), 3);
    QVERIFY(view->state().proposals.isEmpty());
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->state().pagesPerSite.size(), 2);
    QCOMPARE(view->state().proposals.size(), 1);

    // Ctrl+Shift+M on the merged site: tick two pages (Space), Return. A new site of those two pages,
    // without rules; the rest stay.
    QVERIFY(goToSite(tree, view, even));
    QTest::keyClick(tree, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    ChoiceListDialog *split = openChoiceDialog(&window);
    QVERIFY(split);
    QApplication::setActiveWindow(split);
    list = split->list();
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->count(), 6);
    QTest::keyClick(list, Qt::Key_End);
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Space);
    const QStringList chosen = split->chosen();
    QCOMPARE(chosen.size(), 2);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!openChoiceDialog(&window));
    QApplication::setActiveWindow(&window); // what the window manager does when the dialog closes
    const QString newSite = view->state().siteOf(chosen.first());
    QVERIFY2(newSite.startsWith(even + u'-'), qPrintable(newSite));
    QCOMPARE(view->state().siteOf(chosen.last()), newSite);
    QCOMPARE(view->state().pagesPerSite.value(newSite), 2);
    QCOMPARE(view->state().pagesPerSite.value(even), 4);
    QVERIFY(view->state().book.rulesFor(newSite).isEmpty());
    QCOMPARE(view->currentSite(), newSite);
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(view->undoStack()->count(), 2);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->state().pagesPerSite.value(even), 6);
    QVERIFY(!view->state().pagesPerSite.contains(newSite));
}

void TestRulesView::staleReadingIsDropped()
{
    QTemporaryDir dir;
    QVERIFY(buildProject(dir.path()));
    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    auto store = ProjectStore::open(m_project, &error, options);
    QVERIFY2(store, qPrintable(error.toString()));
    RulesView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &RulesView::loaded);
    // Shown, the view reads the project on a worker thread; the project closes before it is done.
    view.setProject(store.get(), false);
    QVERIFY(view.isLoading());
    QVERIFY(view.findChild<QProgressBar *>(u"rulesProgress"_s)->isVisible());
    view.setProject(nullptr, false);
    QVERIFY(!view.isLoading());
    QCOMPARE(loaded.count(), 1); // the empty view, at once
    // The stale reading finishes and is delivered to no one: the view stays empty.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(loaded.count(), 1);
    QVERIFY(view.state().pages.isEmpty());
    QCOMPARE(view.tree()->topLevelItemCount(), 0);
    // Set again, the reading that finishes fills the view in.
    view.setProject(store.get(), false);
    QVERIFY(loaded.wait(120000));
    QCOMPARE(view.state().pages.size(), m_ids.size() + 1);
    QCOMPARE(view.tree()->topLevelItemCount(), 2);
    QVERIFY(!view.findChild<QProgressBar *>(u"rulesProgress"_s)->isVisible());
}

QTEST_MAIN(TestRulesView)
#include "test_rulesview.moc"
