// SPDX-License-Identifier: GPL-3.0-or-later
// The learning loop on a generated same-site page set: two pages corrected, the rule proposed from their
// history, accepted, the site re-extracted; the rule's value is right on the other pages, the reviewed
// pages and the other sites are untouched, and the accuracy report moves.
#include "../project/projecttestutil.h"
#include "project/importer.h"
#include "project/projectstore.h"
#include "review/corrections.h"
#include "review/correctionsession.h"
#include "rules/accuracyreport.h"
#include "rules/reextraction.h"
#include "rules/ruleapplication.h"
#include "rules/ruleproposal.h"
#include "rules/sitekey.h"
#include "sitefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace galley;
using namespace galley::test;

namespace {

qsizetype blockWith(const Article &article, const QString &line)
{
    for (qsizetype i = 0; i < article.body.size(); ++i) {
        if (article.body.at(i).text == line)
            return i;
    }
    return -1;
}

} // namespace

class TestSiteRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void learnsNotArticleFromTwoCorrections();
    void learnsFieldFromTwoCorrections();
    void learnsHtmlFieldFromTwoCorrections();
    void learnsPhotoCreditFromTwoCorrections_data();
    void learnsPhotoCreditFromTwoCorrections();
    void declinedAndEditedProposalsPersist();
    void mergedSitesShareRulesAndSplitPagesLeaveThem();
    void badSiteMapIsNamed();

private:
    struct Site
    {
        QTemporaryDir dir;
        std::unique_ptr<ProjectStore> store;
        QStringList ids; ///< the site's pages, in import order
        QString otherId; ///< a page of another site with the same planted lines
        QString site;
    };
    enum class Layout { Text, TextTwoFooters, HtmlAuthorBox, HtmlCaption, HtmlCaptionAtStart };
    bool buildSite(Site *site, int pages, Layout layout = Layout::Text);
    ReviewRecord load(Site &site, const QString &id);
    void correct(Site &site, const QString &id, const std::function<void(CorrectionSession &)> &change);
    /// The editor selects the outlet's name on the credit line of pages 0 and 1 and makes it the credit.
    void correctCreditOnTwoPages(Site &site);
    /// The editor takes the widget line out of the body of page `i`.
    void takeOutWidgetLine(Site &site, int i);

    QStringList m_texts; ///< corpus text dumps
};

void TestSiteRules::initTestCase()
{
    if (!QDir(corpusDir()).exists())
        QSKIP(qPrintable(
            QStringLiteral("the shared corpus is missing at %1 (set GALLEY_SHARED_DIR)").arg(corpusDir())));
    m_texts = corpusTexts();
}

bool TestSiteRules::buildSite(Site *site, int pages, Layout layout)
{
    const QString folder = site->dir.filePath(QStringLiteral("in"));
    const QStringList files = layout == Layout::HtmlAuthorBox ? writeHtmlSitePages(folder, pages)
                              : layout == Layout::HtmlCaption || layout == Layout::HtmlCaptionAtStart
                                  ? writeHtmlCaptionPages(folder, pages, layout == Layout::HtmlCaptionAtStart)
                                  : writeSitePages(m_texts, folder, pages, layout == Layout::TextTwoFooters);
    if (files.size() != pages + 1)
        return false;
    const QString project = site->dir.filePath(QStringLiteral("project"));
    if (!initProject(project))
        return false;
    ProjectError error;
    ProjectStore::Options options;
    options.watch = false;
    site->store = ProjectStore::open(project, &error, options);
    if (!site->store)
        return false;
    for (const QString &file : files) {
        Importer importer(*site->store);
        if (importer.importPaths({file}).pagesImported != 1)
            return false;
        site->ids.append(site->store->summaries().last().id);
    }
    site->otherId = site->ids.takeLast();
    QList<ProjectError> problems;
    const QList<SitePage> all = loadSitePages(*site->store, RuleBook(), &problems);
    site->site = all.first().site;
    return problems.isEmpty();
}

ReviewRecord TestSiteRules::load(Site &site, const QString &id)
{
    ReviewRecord record;
    ProjectError error;
    if (!site.store->load(id, &record, &error))
        qWarning() << error.toString();
    site.store->release(id);
    return record;
}

void TestSiteRules::correct(Site &site, const QString &id,
                            const std::function<void(CorrectionSession &)> &change)
{
    ReviewRecord record;
    Capture capture;
    ProjectError error;
    QVERIFY2(site.store->load(id, &record, &error), qPrintable(error.toString()));
    QVERIFY2(site.store->loadCapture(record.source, &capture, &error), qPrintable(error.toString()));
    CorrectionSession session(record, site.store->vocabulary(), capture.text());
    change(session);
    session.setStatus(ReviewStatus::Reviewed);
    QVERIFY2(site.store->save(session.recordForSave(QStringLiteral("editor"), testTime(30)), &error),
             qPrintable(error.toString()));
    site.store->release(id);
}

void TestSiteRules::takeOutWidgetLine(Site &site, int i)
{
    correct(site, site.ids.at(i), [&](CorrectionSession &session) {
        const qsizetype block = blockWith(session.draft().article, widgetLine(i));
        QVERIFY(block >= 0);
        QVERIFY(
            session.apply([&](ArticleDraft *draft) { corrections::setBodyIncluded(draft, block, false); }));
    });
}

void TestSiteRules::learnsNotArticleFromTwoCorrections()
{
    Site site;
    QVERIFY(buildSite(&site, 14));
    QVERIFY2(site.site.startsWith(QLatin1String("text-")), qPrintable(site.site));
    // The mistake is on every page: the widget line is in the body.
    for (int i = 0; i < site.ids.size(); ++i)
        QVERIFY2(bodyHasLine(load(site, site.ids.at(i)).extracted, widgetLine(i)),
                 qPrintable(QStringLiteral("page %1 lacks the planted mistake").arg(i)));

    QList<ProjectError> problems;
    const RuleBook empty = RuleBook::load(site.store->project().rulesPath(), &problems);
    const AccuracyReport reportBefore =
        accuracyReport(loadSitePages(*site.store, empty, &problems), empty, site.store->vocabulary());

    // The editor takes the widget line out of two pages.
    for (int i = 0; i < 2; ++i)
        takeOutWidgetLine(site, i);
    const ReviewRecord reviewed = load(site, site.ids.at(0));

    RuleBook book = RuleBook::load(site.store->project().rulesPath(), &problems);
    QList<SitePage> pages = loadSitePages(*site.store, book, &problems);
    const QList<RuleProposal> proposals = proposeRules(pages, book, site.store->vocabulary());
    const auto proposal = std::find_if(proposals.cbegin(), proposals.cend(), [](const RuleProposal &p) {
        return p.rule.action == RuleAction::NotArticle;
    });
    QVERIFY(proposal != proposals.cend());
    QCOMPARE(proposal->rule.site, site.site);
    QCOMPARE(proposal->examplePages.size(), 2);
    QVERIFY(proposal->rule.description.contains(QStringLiteral("lines like '%1'").arg(widgetLine(0))));
    QVERIFY(proposal->rule.description.contains(QLatin1String("not part of the article")));
    // Its effect: the widget line leaves every other page of the site (one value each).
    QCOMPARE(proposal->otherPages, int(site.ids.size()) - 2);
    QCOMPARE(proposal->pagesChanged, proposal->otherPages);
    QCOMPARE(proposal->preview.first().field, QStringLiteral("body"));
    QCOMPARE(proposal->preview.first().before, widgetLine(2));
    QVERIFY(proposal->preview.first().after.isEmpty());

    // The preview of a rule as it is proposed is the proposal's; an edited rule (the pattern narrowed to
    // one minute count) is previewed on the same pages and changes only the pages it still finds.
    bool reproduces = false;
    const RuleProposal same = previewRule(proposal->rule, proposal->examplePages, pages, book,
                                          site.store->vocabulary(), &reproduces);
    QVERIFY(reproduces);
    QCOMPARE(same.valuesChanged, proposal->valuesChanged);
    QCOMPARE(same.preview, proposal->preview);
    SiteRule narrowed = proposal->rule;
    narrowed.pattern = QStringLiteral("^Watch:\\ 3\\ min\\ \\d+\\ sec$");
    narrowed.assignId();
    const RuleProposal edited =
        previewRule(narrowed, proposal->examplePages, pages, book, site.store->vocabulary(), &reproduces);
    QVERIFY(!reproduces); // pages 0 and 1 print "1 min" and "2 min"
    int threeMinutes = 0;
    for (int i = 2; i < site.ids.size(); ++i)
        threeMinutes += widgetLine(i).startsWith(QLatin1String("Watch: 3 min")) ? 1 : 0;
    QVERIFY(threeMinutes > 0);
    QCOMPARE(edited.pagesChanged, threeMinutes);
    QCOMPARE(edited.otherPages, proposal->otherPages);

    // A rule accepted and removed again leaves the site without rules.
    ProjectError error;
    QVERIFY2(book.addRule(narrowed, &error), qPrintable(error.toString()));
    QVERIFY(book.contains(narrowed.id));
    QVERIFY2(book.removeRule(narrowed.id, &error), qPrintable(error.toString()));
    QVERIFY(!book.contains(narrowed.id));
    QVERIFY(RuleBook::load(site.store->project().rulesPath(), &problems).rulesFor(site.site).isEmpty());
    QVERIFY(!book.removeRule(narrowed.id, &error));

    QVERIFY2(book.addRule(proposal->rule, &error), qPrintable(error.toString()));
    book = RuleBook::load(site.store->project().rulesPath(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(book.rulesFor(site.site).size(), 1);
    QVERIFY(book.rulesFor(QStringLiteral("example.org")).isEmpty());

    const ReextractResult result = reextractPages(*site.store, pages, book, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(result.changed, int(site.ids.size()) - 2);
    QCOMPARE(result.kept, 2);
    QCOMPARE(result.after.size(), result.before.size());
    QCOMPARE(result.after.first(), load(site, result.after.first().source.id)); // what was written
    for (int i = 2; i < site.ids.size(); ++i) {
        const ReviewRecord record = load(site, site.ids.at(i));
        QVERIFY2(!bodyHasLine(record.corrected, widgetLine(i)), qPrintable(QString::number(i)));
        QVERIFY(record.corrected.body.size() >= 3);
    }
    // Never a reviewed record; never another site's page.
    QCOMPARE(load(site, site.ids.at(0)), reviewed);
    QVERIFY(bodyHasLine(load(site, site.otherId).corrected, widgetLine(int(site.ids.size()))));

    // The report: the body survives on no reviewed page without the rule, on both with it.
    pages = loadSitePages(*site.store, book, &problems);
    const AccuracyReport reportAfter = accuracyReport(pages, book, site.store->vocabulary());
    QCOMPARE(reportBefore.overall.pages, 0);
    QCOMPARE(reportAfter.overall.pages, 2);
    const int body = int(ReportField::Body);
    QCOMPARE(reportAfter.overall.withoutRules[body].survived, 0);
    QCOMPARE(reportAfter.overall.withRules[body].survived, 2);
    QCOMPARE(reportAfter.sites.size(), 1);
    QCOMPARE(reportAfter.sites.first().site, site.site);
}

void TestSiteRules::correctCreditOnTwoPages(Site &site)
{
    // The editor selects the outlet's name on the credit line of two pages and sets it as the credit.
    for (int i = 0; i < 2; ++i) {
        correct(site, site.ids.at(i), [&](CorrectionSession &session) {
            const QString name = outlet(i);
            const qsizetype line = session.captureText().indexOf(creditLine(i));
            QVERIFY(line >= 0);
            const qsizetype at = line + creditLine(i).indexOf(name);
            QVERIFY(session.apply([&](ArticleDraft *draft) {
                corrections::setFromCapture(
                    draft, Field::Credit, name,
                    SourceSpan{at, at + name.size(), QStringView(corrections::kViaSelection).toString()},
                    session.vocabulary());
            }));
        });
    }
}

void TestSiteRules::learnsFieldFromTwoCorrections()
{
    Site site;
    QVERIFY(buildSite(&site, 12));
    for (int i = 0; i < site.ids.size(); ++i)
        QVERIFY(load(site, site.ids.at(i)).extracted.credit != outlet(i));

    correctCreditOnTwoPages(site);
    QList<ProjectError> problems;
    RuleBook book = RuleBook::load(site.store->project().rulesPath(), &problems);
    const QList<SitePage> pages = loadSitePages(*site.store, book, &problems);
    const QList<RuleProposal> proposals = proposeRules(pages, book, site.store->vocabulary());
    const auto proposal = std::find_if(proposals.cbegin(), proposals.cend(), [](const RuleProposal &p) {
        return p.rule.action == RuleAction::SetField && p.rule.field == Field::Credit;
    });
    QVERIFY(proposal != proposals.cend());
    QVERIFY2(proposal->rule.description.contains(QLatin1String("the credit is the text after 'Story from'")),
             qPrintable(proposal->rule.description));
    ProjectError error;
    QVERIFY(book.addRule(proposal->rule, &error));
    reextractPages(*site.store, pages, book, &problems);
    QVERIFY(problems.isEmpty());
    for (int i = 2; i < site.ids.size(); ++i) {
        const ReviewRecord record = load(site, site.ids.at(i));
        QCOMPARE(record.corrected.credit, outlet(i));
        // Provenance names the rule.
        const QList<SourceSpan> spans = record.corrected.provenance.value(QStringLiteral("credit"));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().via, QStringLiteral("rule:") + proposal->rule.id);
    }
    QVERIFY(load(site, site.otherId).corrected.credit != outlet(int(site.ids.size())));
}

void TestSiteRules::learnsHtmlFieldFromTwoCorrections()
{
    Site site;
    QVERIFY(buildSite(&site, 10, Layout::HtmlAuthorBox));
    QVERIFY2(!site.site.startsWith(QLatin1String("text-")), qPrintable(site.site));
    // The editor selects the person in the author box of two pages and makes it the byline.
    for (int i = 0; i < 2; ++i) {
        correct(site, site.ids.at(i), [&](CorrectionSession &session) {
            const qsizetype at = session.captureText().indexOf(person(i));
            QVERIFY(at >= 0);
            QVERIFY(session.apply([&](ArticleDraft *draft) {
                while (draftlist::size(*draft, Field::Bylines) > 0)
                    draftlist::remove(draft, Field::Bylines, 0);
                corrections::addBylines(
                    draft, person(i),
                    SourceSpan{at, at + person(i).size(), QStringView(corrections::kViaSelection).toString()},
                    session.vocabulary());
            }));
        });
    }
    QList<ProjectError> problems;
    RuleBook book = RuleBook::load(site.store->project().rulesPath(), &problems);
    const QList<SitePage> pages = loadSitePages(*site.store, book, &problems);
    const QList<RuleProposal> proposals = proposeRules(pages, book, site.store->vocabulary());
    const auto proposal = std::find_if(proposals.cbegin(), proposals.cend(), [](const RuleProposal &p) {
        return p.rule.action == RuleAction::SetField && p.rule.field == Field::Bylines;
    });
    QVERIFY(proposal != proposals.cend());
    QVERIFY(proposal->rule.isHtml());
    QVERIFY2(proposal->rule.path.endsWith(QLatin1String("div.card > span.person")),
             qPrintable(proposal->rule.path));
    ProjectError error;
    QVERIFY(book.addRule(proposal->rule, &error));
    reextractPages(*site.store, pages, book, &problems);
    QVERIFY(problems.isEmpty());
    for (int i = 2; i < site.ids.size(); ++i)
        QCOMPARE(load(site, site.ids.at(i)).corrected.bylines, QStringList{person(i)});
    QVERIFY(!load(site, site.otherId).corrected.bylines.contains(person(int(site.ids.size()))));
}

void TestSiteRules::learnsPhotoCreditFromTwoCorrections_data()
{
    QTest::addColumn<bool>("atStart");
    QTest::addColumn<QString>("described");
    QTest::newRow("credit after the caption")
        << false << QStringLiteral("the text after 'Lens:' in a caption is the photo credit");
    QTest::newRow("credit before the caption")
        << true
        << QStringLiteral("the text after 'Lens:' at the start of a caption, up to '.', is the photo credit");
}

void TestSiteRules::learnsPhotoCreditFromTwoCorrections()
{
    QFETCH(bool, atStart);
    QFETCH(QString, described);
    Site site;
    QVERIFY(buildSite(&site, 10, atStart ? Layout::HtmlCaptionAtStart : Layout::HtmlCaption));
    // The editor moves the caption's tail into the photo credit on two pages (typed, as in the pane).
    for (int i = 0; i < 2; ++i) {
        correct(site, site.ids.at(i), [&](CorrectionSession &session) {
            const qsizetype image = gluedImage(session.draft().article, i, atStart);
            QVERIFY(image >= 0);
            QVERIFY(session.apply([&](ArticleDraft *draft) {
                corrections::setTyped(draft, FieldPath::item(Field::Images, image, Member::Credit),
                                      photoCredit(i), session.vocabulary(), session.captureText());
                corrections::setTyped(draft, FieldPath::item(Field::Images, image, Member::Caption),
                                      captionProse(i), session.vocabulary(), session.captureText());
            }));
        });
    }
    QList<ProjectError> problems;
    RuleBook book = RuleBook::load(site.store->project().rulesPath(), &problems);
    QList<SitePage> pages = loadSitePages(*site.store, book, &problems);
    const AccuracyReport reportBefore = accuracyReport(pages, book, site.store->vocabulary());
    const QList<RuleProposal> proposals = proposeRules(pages, book, site.store->vocabulary());
    const auto proposal = std::find_if(proposals.cbegin(), proposals.cend(), [](const RuleProposal &p) {
        return p.rule.isCaption() && p.rule.member == Member::Credit;
    });
    QVERIFY(proposal != proposals.cend());
    QVERIFY2(proposal->rule.description.contains(described), qPrintable(proposal->rule.description));
    // Its effect: the other pages' credits (and captions) change, shown before and after.
    QCOMPARE(proposal->pagesChanged, int(site.ids.size()) - 2);
    QVERIFY(std::any_of(proposal->preview.cbegin(), proposal->preview.cend(), [](const ValueChange &c) {
        return c.field.endsWith(QLatin1String("/credit")) && c.before.isEmpty() && !c.after.isEmpty();
    }));
    ProjectError error;
    QVERIFY2(book.addRule(proposal->rule, &error), qPrintable(error.toString()));
    reextractPages(*site.store, pages, book, &problems);
    QVERIFY(problems.isEmpty());
    for (int i = 2; i < site.ids.size(); ++i) {
        const ReviewRecord record = load(site, site.ids.at(i));
        // The picture's caption is its prose alone, and its photo credit the credit the caption carried.
        const auto it = std::find_if(record.corrected.images.cbegin(), record.corrected.images.cend(),
                                     [&](const Image &image) { return image.credit == photoCredit(i); });
        QVERIFY2(it != record.corrected.images.cend(), qPrintable(QString::number(i)));
        QCOMPARE(it->caption, captionProse(i));
        QVERIFY(gluedImage(record.corrected, i, atStart) < 0);
        const qsizetype image = it - record.corrected.images.cbegin();
        const QList<SourceSpan> spans = record.corrected.provenance.value(
            FieldPath::item(Field::Images, image, Member::Credit).toString());
        QVERIFY(!spans.isEmpty());
        QCOMPARE(spans.first().via, QStringLiteral("rule:") + proposal->rule.id);
    }
    // Never another site's page.
    const ReviewRecord other = load(site, site.otherId);
    QCOMPARE(other.corrected, other.extracted);
    // The report: the photo credits survive on neither reviewed page without the rule, on both with it.
    pages = loadSitePages(*site.store, book, &problems);
    const AccuracyReport reportAfter = accuracyReport(pages, book, site.store->vocabulary());
    const int credits = int(ReportField::PhotoCredits);
    QCOMPARE(reportBefore.overall.withRules[credits].survived, 0);
    QCOMPARE(reportAfter.overall.withoutRules[credits].survived, 0);
    QCOMPARE(reportAfter.overall.withRules[credits].survived, 2);
}

void TestSiteRules::declinedAndEditedProposalsPersist()
{
    Site site;
    QVERIFY(buildSite(&site, 6));
    correctCreditOnTwoPages(site);
    QList<ProjectError> problems;
    const QString folder = site.store->project().rulesPath();
    const QList<SitePage> pages = loadSitePages(*site.store, RuleBook(), &problems);
    const auto creditProposal = [&](const RuleBook &book) -> std::optional<RuleProposal> {
        for (const RuleProposal &p : proposeRules(pages, book, site.store->vocabulary())) {
            if (p.rule.action == RuleAction::SetField && p.rule.field == Field::Credit)
                return p;
        }
        return std::nullopt;
    };
    RuleBook book = RuleBook::load(folder, &problems);
    const std::optional<RuleProposal> proposed = creditProposal(book);
    QVERIFY(proposed);

    // Edited: the pattern narrowed to the outlets whose names start with a letter from A to F. The edit
    // is in the site's file, so a book read again (another session) proposes it as edited.
    SiteRule edited = proposed->rule;
    edited.pattern = QStringLiteral("^Story\\ from\\ ([A-F].+)$");
    edited.description = QStringLiteral("On this site, the credit is the outlet of 'Story from' (A-F)");
    edited.assignId();
    ProjectError error;
    QVERIFY2(book.saveEdit(proposed->rule.id, edited, &error), qPrintable(error.toString()));
    book = RuleBook::load(folder, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(book.proposedIdOf(edited.id), proposed->rule.id);
    const std::optional<RuleProposal> again = creditProposal(book);
    QVERIFY(again);
    QCOMPARE(again->rule.id, edited.id);
    QCOMPARE(again->rule.pattern, edited.pattern);
    QCOMPARE(again->rule.description, edited.description);
    QCOMPARE(again->rule.examples, proposed->rule.examples);
    // Its effect is the edited rule's: only the pages whose outlet starts with A-F change.
    int expected = 0;
    for (int i = 2; i < site.ids.size(); ++i)
        expected += outlet(i).at(0) <= QLatin1Char('F') ? 1 : 0;
    QCOMPARE(again->pagesChanged, expected);

    // Declined: recorded with the proposal it was edited from, so neither comes back.
    QVERIFY2(book.declineProposal(site.site, edited.id, &error), qPrintable(error.toString()));
    book = RuleBook::load(folder, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(book.isDeclined(edited.id));
    QVERIFY(book.isDeclined(proposed->rule.id));
    QVERIFY(!creditProposal(book));
    QVERIFY(book.rulesFor(site.site).isEmpty()); // declining accepts nothing
    // The file lists the declined ids in a stable order.
    QFile file(folder + QLatin1Char('/') + site.site + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QStringList ids{edited.id, proposed->rule.id};
    ids.sort();
    QCOMPARE(object.value(QStringLiteral("declined")).toVariant().toStringList(), ids);
}

namespace {

std::optional<RuleProposal> notArticleProposal(const QList<RuleProposal> &proposals)
{
    for (const RuleProposal &proposal : proposals) {
        if (proposal.rule.action == RuleAction::NotArticle)
            return proposal;
    }
    return std::nullopt;
}

QString siteOfPage(const QList<SitePage> &pages, const QString &id)
{
    for (const SitePage &page : pages) {
        if (page.record.source.id == id)
            return page.site;
    }
    return {};
}

} // namespace

void TestSiteRules::mergedSitesShareRulesAndSplitPagesLeaveThem()
{
    // One real site whose footer changed: its template fingerprint sees two sites (even and odd pages).
    Site site;
    QVERIFY(buildSite(&site, 12, Layout::TextTwoFooters));
    QList<ProjectError> problems;
    const QString folder = site.store->project().rulesPath();
    RuleBook book = RuleBook::load(folder, &problems);
    QList<SitePage> pages = loadSitePages(*site.store, book, &problems);
    const QString even = siteOfPage(pages, site.ids.at(0));
    const QString odd = siteOfPage(pages, site.ids.at(1));
    const QString other = siteOfPage(pages, site.otherId);
    QVERIFY2(even.startsWith(QLatin1String("text-")) && odd.startsWith(QLatin1String("text-")),
             qPrintable(even + QLatin1Char(' ') + odd));
    QVERIFY(even != odd && other != even && other != odd);

    // One correction on each: no site has two corrected pages, nothing is proposed.
    takeOutWidgetLine(site, 0);
    takeOutWidgetLine(site, 1);
    pages = loadSitePages(*site.store, book, &problems);
    QVERIFY(!notArticleProposal(proposeRules(pages, book, site.store->vocabulary())));

    // Merged, they are one site: the rule is learned from both pages and previewed on all the others.
    ProjectError error;
    QVERIFY(!book.mergeSites(odd, odd, &error));
    QVERIFY2(book.mergeSites(odd, even, &error), qPrintable(error.toString()));
    QVERIFY(!book.mergeSites(odd, even, &error)); // one site already
    book = RuleBook::load(folder, &problems);     // persisted
    QVERIFY(problems.isEmpty());
    QCOMPARE(book.siteMap().merges().value(odd), even);
    pages = loadSitePages(*site.store, book, &problems);
    for (int i = 0; i < site.ids.size(); ++i)
        QCOMPARE(siteOfPage(pages, site.ids.at(i)), even);
    QCOMPARE(siteOfPage(pages, site.otherId), other);
    const std::optional<RuleProposal> proposal =
        notArticleProposal(proposeRules(pages, book, site.store->vocabulary()));
    QVERIFY(proposal);
    QCOMPARE(proposal->rule.site, even);
    QCOMPARE(proposal->examplePages.size(), 2);
    QCOMPARE(proposal->otherPages, int(site.ids.size()) - 2);
    QVERIFY2(book.addRule(proposal->rule, &error), qPrintable(error.toString()));

    // The last four pages are split off (the fingerprint lumped another site in): a new site without the
    // rule, persisted.
    const QStringList splitIds = site.ids.mid(site.ids.size() - 4);
    const QString split = book.splitSite(even, splitIds, &error);
    QVERIFY2(!split.isEmpty(), qPrintable(error.toString()));
    QVERIFY(split.startsWith(even + QLatin1Char('-')));
    QVERIFY(book.rulesFor(split).isEmpty());
    QCOMPARE(book.rulesFor(even).size(), 1);
    QCOMPARE(book.rulesFor(odd).size(), 0); // a merged site's own file holds none
    book = RuleBook::load(folder, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(book.siteMap().splits().value(split).pages.size(), 4);
    QCOMPARE(book.rulesFor(even).size(), 1);

    // Re-extracted: the rule applies to the merged site's pages of both fingerprints, never to the pages
    // split off, the reviewed pages or the other site.
    const ReviewRecord reviewed = load(site, site.ids.at(1));
    pages = loadSitePages(*site.store, book, &problems);
    for (const QString &id : splitIds)
        QCOMPARE(siteOfPage(pages, id), split);
    const ReextractResult result = reextractPages(*site.store, pages, book, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(result.changed, int(site.ids.size()) - 2 - 4);
    QCOMPARE(load(site, site.ids.at(1)), reviewed);
    for (int i = 2; i < site.ids.size(); ++i) {
        const bool splitOff = splitIds.contains(site.ids.at(i));
        QCOMPARE(bodyHasLine(load(site, site.ids.at(i)).corrected, widgetLine(i)), splitOff);
    }
    QVERIFY(bodyHasLine(load(site, site.otherId).corrected, widgetLine(int(site.ids.size()))));

    // What import applies to a new capture follows the same map.
    ReviewRecord record = load(site, splitIds.first());
    Capture capture;
    QVERIFY(site.store->loadCapture(record.source, &capture, &error));
    QCOMPARE(book.siteOf(capture, extractArticle(capture, site.store->vocabulary())), split);
    const int splitPage = int(site.ids.indexOf(splitIds.first()));
    QVERIFY(bodyHasLine(extractRecordWithRules(capture, site.store->vocabulary(), book).article,
                        widgetLine(splitPage)));

    // Unmerged, the odd pages are their own site again, without the rule.
    QVERIFY2(book.unmergeSite(odd, &error), qPrintable(error.toString()));
    QVERIFY(!book.unmergeSite(odd, &error));
    pages = loadSitePages(*site.store, book, &problems);
    QCOMPARE(siteOfPage(pages, site.ids.at(3)), odd);
    QVERIFY(book.rulesFor(odd).isEmpty());
    // Splitting all pages of a split site again leaves no empty split behind.
    const QString again = book.splitSite(split, splitIds, &error);
    QVERIFY(!again.isEmpty());
    QCOMPARE(again, split); // the same pages, the same site
    QCOMPARE(book.siteMap().splits().size(), 1);
}

void TestSiteRules::badSiteMapIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QLatin1String(SiteMap::kFileName));
    QVERIFY(writeText(path, QStringLiteral("{\"format\": 1, \"merged\": {\"text-0a0b0c0d\": \"Text\"}}")));
    QList<ProjectError> problems;
    const RuleBook book = RuleBook::load(dir.path(), &problems);
    QCOMPARE(problems.size(), 1); // the map only: it is no site's rules file
    QCOMPARE(problems.first().path, path);
    QCOMPARE(problems.first().where, QStringLiteral("merged.text-0a0b0c0d"));
    QVERIFY(book.siteMap().isEmpty());
    QVERIFY(writeText(path, QStringLiteral("{\"format\": 1, \"split\": {\"text-0a0b0c0d-1\": "
                                           "{\"from\": \"text-0a0b0c0d\", \"pages\": [\"abc\"]}}}")));
    problems.clear();
    RuleBook::load(dir.path(), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().where, QStringLiteral("split.text-0a0b0c0d-1"));
    QVERIFY(writeText(path, QStringLiteral("{\"format\": 2}")));
    problems.clear();
    RuleBook::load(dir.path(), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, ProjectError::NewerVersion);
}

QTEST_GUILESS_MAIN(TestSiteRules)
#include "test_siterules.moc"
