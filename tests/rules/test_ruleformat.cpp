// SPDX-License-Identifier: GPL-3.0-or-later
// The rule format and its parts on generated inputs: line shapes, node paths, the JSON form and the
// rules folder (errors naming file and place), site keys, and HTML rules applied to a generated page.
#include "capture/capture.h"
#include "extract/html/htmldocument.h"
#include "rules/nodepath.h"
#include "rules/ruleapplication.h"
#include "rules/rulebook.h"
#include "rules/sitekey.h"
#include "rules/textlines.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

Capture htmlCapture(const QString &html, const QString &url)
{
    CaptureData data;
    data.path = QStringLiteral("page.html");
    data.format = CaptureFormat::Html;
    data.kind = ContentKind::Html;
    data.url = url;
    data.text = html;
    data.bytes = html.toUtf8();
    data.encoding = QStringLiteral("UTF-8");
    return Capture(std::move(data));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

const QString kPage = QStringLiteral(
    "<html><head><title>t</title></head><body><div id=\"page\"><article>"
    "<h1>A headline for the test page</h1>"
    "<div class=\"box author-box\"><span class=\"who\">Maria Lindqvist</span></div>"
    "<p>First paragraph of the article, long enough to be body text for any extractor at all.</p>"
    "<p class=\"promo\">Read more stories 24/7</p>"
    "<p>Second paragraph of the article, again long enough to count as running text here.</p>"
    "</article></div></body></html>");

SiteRule captionRule(const QString &site, Member member, const QString &pattern)
{
    SiteRule rule;
    rule.site = site;
    rule.action = RuleAction::SetField;
    rule.kind = RuleKind::Caption;
    rule.field = Field::Images;
    rule.member = member;
    rule.pattern = pattern;
    rule.assignId();
    return rule;
}

} // namespace

class TestRuleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineShapes();
    void nodePathRoundTrip();
    void nodePathOfElement();
    void ruleJsonRoundTrip();
    void badRulesNameFileAndPlace();
    void rulesFileIsStable();
    void siteKeys();
    void htmlRuleSetsFieldWithProvenance();
    void htmlRuleNotArticle();
    void rulesApplyOnlyToTheirKind();
    void captionRuleJson();
    void photoCreditRuleCutsCaption();
    void captionRuleTrimsCaption();
};

void TestRuleFormat::lineShapes()
{
    QCOMPARE(textShape(u"16x9 Image"), QStringLiteral("\\d+x\\d+\\ Image"));
    const QRegularExpression whole(wholeLinePattern(u"Watch: 3 min"));
    QVERIFY(whole.match(QStringLiteral("Watch: 12 min")).hasMatch());
    QVERIFY(!whole.match(QStringLiteral("Watch: 12 min or more")).hasMatch());
    const QString pattern = valuePattern(u"Photo: Ann Lee / Agency", 7, 14);
    const QRegularExpressionMatch m =
        QRegularExpression(pattern).match(QStringLiteral("Photo: Bo Chan / Agency"));
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1), QStringLiteral("Bo Chan"));
    QVERIFY(valuePattern(u"Just a name", 0, 11).isEmpty());
    const QList<CaptureLine> lines = nonBlankLines(QStringLiteral("  one \n\n two\n"));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).text, QStringLiteral("two"));
    QCOMPARE(lines.at(1).start, 9);
    QCOMPARE(lineAt(lines, 10), 1);
    QCOMPARE(lineAt(lines, 7), -1);
}

void TestRuleFormat::nodePathRoundTrip()
{
    const QString text = QStringLiteral("div#page > div.author-box.box > span[itemprop=author]");
    const NodePath path = NodePath::parse(text);
    QCOMPARE(path.steps.size(), 3);
    QCOMPARE(path.steps.at(1).classes, (QStringList{QStringLiteral("author-box"), QStringLiteral("box")}));
    QCOMPARE(path.toString(), text);
    QVERIFY(NodePath::parse(QStringLiteral("div > ??")).isEmpty());
}

void TestRuleFormat::nodePathOfElement()
{
    const HtmlDocument document(kPage);
    const qsizetype at = kPage.indexOf(QLatin1String("Maria"));
    const HtmlNode element = innermostElement(document, at, at + 4);
    QCOMPARE(QString(element.name()), QStringLiteral("span"));
    // Up to the nearest ancestor with an id, every stable attribute kept.
    const NodePath path = NodePath::of(element);
    QCOMPARE(path.toString(), QStringLiteral("div#page > article > div.author-box.box > span.who"));
    QCOMPARE(matchingElements(document, path).size(), 1);
    QCOMPARE(matchingElements(document, NodePath::parse(QStringLiteral("article > p"))).size(), 3);
}

void TestRuleFormat::ruleJsonRoundTrip()
{
    SiteRule rule;
    rule.site = QStringLiteral("example.org");
    rule.action = RuleAction::SetField;
    rule.field = Field::Credit;
    rule.kind = RuleKind::Html;
    rule.path = QStringLiteral("div.box > span");
    rule.pattern = QStringLiteral("^By (.+)$");
    rule.description = QStringLiteral("On example.org, the credit is ...");
    rule.examples = 2;
    rule.assignId();
    QVERIFY(QRegularExpression(QStringLiteral("^r[0-9a-f]{8}$")).match(rule.id).hasMatch());
    SiteRule back;
    QString error;
    QVERIFY2(siteRuleFromJson(siteRuleToJson(rule), rule.site, &back, &error), qPrintable(error));
    QCOMPARE(back, rule);
    // The id is the content's: another pattern, another id.
    SiteRule other = rule;
    other.pattern = QStringLiteral("^From (.+)$");
    other.assignId();
    QVERIFY(other.id != rule.id);
}

void TestRuleFormat::badRulesNameFileAndPlace()
{
    QTemporaryDir dir;
    const QByteArray good = "{\"format\": 1, \"site\": \"example.org\", \"name\": \"Example\", \"rules\": [\n"
                            " {\"field\": \"not-article\", \"kind\": \"text\", \"pattern\": \"^Ad$\"},\n"
                            " {\"field\": \"credit\", \"kind\": \"text\", \"pattern\": \"^(unclosed$\"},\n"
                            " {\"field\": \"body\", \"kind\": \"text\", \"pattern\": \"^x$\"}]}";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("example.org.json")), good));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("example.net.json")), "{\"site\": \"example.com\"}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.json")), "{\"site\": "));
    QList<ProjectError> problems;
    const RuleBook book = RuleBook::load(dir.path(), &problems);
    QCOMPARE(book.rulesFor(QStringLiteral("example.org")).size(), 1);
    QCOMPARE(book.displayName(QStringLiteral("example.org")), QStringLiteral("Example"));
    QCOMPARE(problems.size(), 4);
    QStringList messages;
    for (const ProjectError &problem : problems)
        messages.append(problem.toString());
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(
                 QStringLiteral("example.org.json: rules[1]: 'pattern' is not a valid regular expression")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("example.org.json: rules[2]: 'field' must be")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("example.net.json: site: must be the file's name")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("broken.json")), qPrintable(all));
    // A missing folder is an empty book, not an error.
    problems.clear();
    QVERIFY(RuleBook::load(dir.filePath(QStringLiteral("none")), &problems).sites().isEmpty());
    QVERIFY(problems.isEmpty());
}

void TestRuleFormat::rulesFileIsStable()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("rules"));
    QList<ProjectError> problems;
    RuleBook book = RuleBook::load(folder, &problems);
    SiteRule rule;
    rule.site = QStringLiteral("example.org");
    rule.pattern = QStringLiteral("^Ad \\d+$");
    rule.description = QStringLiteral("On example.org, lines like 'Ad 1' are not part of the article");
    rule.examples = 2;
    rule.assignId();
    ProjectError error;
    QVERIFY2(book.addRule(rule, &error), qPrintable(error.toString()));
    QVERIFY(book.addRule(rule, &error)); // the same rule twice is one rule
    QFile file(folder + QStringLiteral("/example.org.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    QVERIFY(first.endsWith("\n"));
    QCOMPARE(QJsonDocument::fromJson(first).object().value(QStringLiteral("rules")).toArray().size(), 1);
    // Loading and writing again gives the same bytes (git-friendly).
    RuleBook again = RuleBook::load(folder, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(again.setSiteName(QStringLiteral("example.org"), QString(), &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), first);
    file.close();
    // Never written through a link out of the folder.
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("linked"))));
    RuleBook linked = RuleBook::load(dir.filePath(QStringLiteral("linked")), &problems);
    QVERIFY(!linked.addRule(rule, &error));
    QVERIFY(QDir(outside.path()).isEmpty());
}

void TestRuleFormat::siteKeys()
{
    QCOMPARE(hostSiteKey(QStringLiteral("https://www.Example.org/a/b")), QStringLiteral("example.org"));
    QCOMPARE(hostSiteKey(QStringLiteral("https://news.example.org:8080/")),
             QStringLiteral("news.example.org"));
    QVERIFY(hostSiteKey(QStringLiteral("not a url")).isEmpty());
    // An HTML page without an address: its canonical link says the site.
    const Capture page = htmlCapture(
        QStringLiteral("<html><head><link rel=\"canonical\" href=\"https://www.example.net/x\"></head><body>"
                       "<p>x</p></body></html>"),
        QString());
    QCOMPARE(siteKey(page, Article()), QStringLiteral("example.net"));
    // Text dumps: the chrome around the article, never its text nor numbers.
    Article article;
    const QString chromeTop = QStringLiteral("Menu\nHome\nWorld\n\n");
    const QString chromeEnd = QStringLiteral("\nAbout us\nContact\n");
    const QString a = chromeTop + QStringLiteral("One article.") + chromeEnd;
    const QString b = chromeTop + QStringLiteral("Another article, longer.") + chromeEnd;
    Article first;
    first.provenance.insert(QStringLiteral("body/0"),
                            {SourceSpan{chromeTop.size(), chromeTop.size() + 12, {}}});
    Article second;
    second.provenance.insert(QStringLiteral("body/0"),
                             {SourceSpan{chromeTop.size(), chromeTop.size() + 24, {}}});
    const QString key = templateSiteKey(a, first);
    QVERIFY(key.startsWith(QLatin1String("text-")));
    QCOMPARE(templateSiteKey(b, second), key);
    QVERIFY(templateSiteKey(QStringLiteral("Other\nChrome\n\n") + QStringLiteral("One article.") + chromeEnd,
                            first) != key);
    QVERIFY(isValidSiteKey(key));
    QVERIFY(!isValidSiteKey(QStringLiteral("../x")));
}

void TestRuleFormat::htmlRuleSetsFieldWithProvenance()
{
    const Capture capture = htmlCapture(kPage, QStringLiteral("https://example.org/a"));
    SiteRule rule;
    rule.site = QStringLiteral("example.org");
    rule.action = RuleAction::SetField;
    rule.field = Field::Bylines;
    rule.kind = RuleKind::Html;
    rule.path = QStringLiteral("div.author-box > span");
    rule.assignId();
    Article article;
    article.headline = QStringLiteral("A headline for the test page");
    const Article out = applySiteRules(capture, article, {rule}, Vocabulary());
    QCOMPARE(out.bylines, QStringList{QStringLiteral("Maria Lindqvist")});
    const QList<SourceSpan> spans = out.provenance.value(QStringLiteral("bylines/0"));
    QVERIFY(!spans.isEmpty());
    QCOMPARE(spans.first().via, QStringLiteral("rule:") + rule.id);
    QVERIFY(
        kPage.mid(spans.first().start, spans.first().length()).contains(QLatin1String("Maria Lindqvist")));
}

void TestRuleFormat::htmlRuleNotArticle()
{
    const Capture capture = htmlCapture(kPage, QStringLiteral("https://example.org/a"));
    Article article;
    for (const QString &text :
         {QStringLiteral("First paragraph"), QStringLiteral("Read more stories 24/7")}) {
        const qsizetype at = kPage.indexOf(text);
        article.provenance.insert(QStringLiteral("body/%1").arg(article.body.size()),
                                  {SourceSpan{at, at + text.size(), QStringLiteral("p")}});
        article.body.append({BlockKind::Paragraph, text});
    }
    SiteRule rule;
    rule.site = QStringLiteral("example.org");
    rule.kind = RuleKind::Html;
    rule.path = QStringLiteral("article > p");
    rule.pattern = wholeLinePattern(u"Read more stories 24/7");
    rule.assignId();
    const Article out = applySiteRules(capture, article, {rule}, Vocabulary());
    QCOMPARE(out.body.size(), 1);
    QCOMPARE(out.body.first().text, QStringLiteral("First paragraph"));
    QVERIFY(out.provenance.contains(QStringLiteral("body/0")));
    QVERIFY(!out.provenance.contains(QStringLiteral("body/1")));
}

void TestRuleFormat::rulesApplyOnlyToTheirKind()
{
    // A text rule finds nothing in an HTML page, and an HTML rule nothing in a text dump.
    SiteRule text;
    text.site = QStringLiteral("example.org");
    text.action = RuleAction::SetField;
    text.field = Field::Headline;
    text.pattern = QStringLiteral("^(.+)$");
    text.assignId();
    const Capture html = htmlCapture(kPage, QStringLiteral("https://example.org/a"));
    QCOMPARE(applySiteRules(html, Article(), {text}, Vocabulary()), Article());
    SiteRule element = text;
    element.kind = RuleKind::Html;
    element.path = QStringLiteral("h1");
    element.pattern.clear();
    element.assignId();
    CaptureData data;
    data.text = QStringLiteral("A line\n");
    QCOMPARE(applySiteRules(Capture(std::move(data)), Article(), {element}, Vocabulary()), Article());
}

void TestRuleFormat::captionRuleJson()
{
    const SiteRule rule =
        captionRule(QStringLiteral("example.org"), Member::Credit, QStringLiteral("\\s*Lens:\\s*(.+?)$"));
    const QJsonObject object = siteRuleToJson(rule);
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("caption"));
    QCOMPARE(object.value(QStringLiteral("field")).toString(), QStringLiteral("photo-credit"));
    SiteRule back;
    QString error;
    QVERIFY2(siteRuleFromJson(object, rule.site, &back, &error), qPrintable(error));
    QCOMPARE(back, rule);
    SiteRule caption = rule;
    caption.member = Member::Caption;
    caption.assignId();
    QVERIFY(caption.id != rule.id);
    QCOMPARE(siteRuleToJson(caption).value(QStringLiteral("field")).toString(), QStringLiteral("caption"));
    // A caption rule sets a caption or a photo credit, nothing else, and needs a pattern.
    QJsonObject wrong = object;
    wrong.insert(QStringLiteral("field"), QStringLiteral("credit"));
    QVERIFY(!siteRuleFromJson(wrong, rule.site, &back, &error));
    QVERIFY2(error.contains(QLatin1String("caption or photo-credit")), qPrintable(error));
    wrong = object;
    wrong.remove(QStringLiteral("pattern"));
    QVERIFY(!siteRuleFromJson(wrong, rule.site, &back, &error));
    QVERIFY2(error.contains(QLatin1String("a caption rule needs a 'pattern'")), qPrintable(error));
}

void TestRuleFormat::photoCreditRuleCutsCaption()
{
    // One caption with the label, one without; on a text dump and on an HTML page alike.
    const QString first = QStringLiteral("Boats in the harbour at dawn. Lens: Jane Roe/Contoso");
    const QString second = QStringLiteral("The market square on Sunday.");
    const QString text = QStringLiteral("Headline\n\n%1\n\n%2\n").arg(first, second);
    CaptureData data;
    data.text = text;
    const Capture dump(std::move(data));
    Article article;
    article.images = {Image{QString(), first, QString()}, Image{QString(), second, QString()}};
    const qsizetype at = text.indexOf(first);
    article.provenance.insert(QStringLiteral("images/0/caption"),
                              {SourceSpan{at, at + first.size(), QStringLiteral("text:caption")}});
    const SiteRule rule =
        captionRule(QStringLiteral("text-00000000"), Member::Credit, QStringLiteral("\\s*Lens:\\s*(.+?)$"));
    const Article out = applySiteRules(dump, article, {rule}, Vocabulary());
    QCOMPARE(out.images.size(), 2);
    QCOMPARE(out.images.at(0).caption, QStringLiteral("Boats in the harbour at dawn."));
    QCOMPARE(out.images.at(0).credit, QStringLiteral("Jane Roe/Contoso"));
    QCOMPARE(out.images.at(1), article.images.at(1));
    // The credit's provenance is where it is printed, and names the rule.
    const QList<SourceSpan> spans = out.provenance.value(QStringLiteral("images/0/credit"));
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().via, ruleVia(rule));
    QCOMPARE(text.mid(spans.first().start, spans.first().length()), QStringLiteral("Jane Roe/Contoso"));
    QCOMPARE(out.provenance.value(QStringLiteral("images/0/caption")).first().via, ruleVia(rule));
    // The same rule on an HTML page (caption rules read the extractor's captions on either kind).
    const Capture html = htmlCapture(kPage, QStringLiteral("https://example.org/a"));
    Article htmlArticle;
    htmlArticle.images = {Image{QStringLiteral("a.jpg"), first, QString()}};
    QCOMPARE(applySiteRules(html, htmlArticle, {rule}, Vocabulary()).images.first().credit,
             QStringLiteral("Jane Roe/Contoso"));
}

void TestRuleFormat::captionRuleTrimsCaption()
{
    Article article;
    article.images = {Image{QString(), QStringLiteral("Photo 3 of 12 Boats in the harbour"), QString()},
                      Image{QString(), QStringLiteral("Photo 4 of 12"), QString()}};
    const SiteRule rule = captionRule(QStringLiteral("example.org"), Member::Caption,
                                      QStringLiteral("^Photo\\ \\d+\\ of\\ \\d+\\s+(.+?)$"));
    const Article out = applySiteRules(htmlCapture(kPage, QStringLiteral("https://example.org/a")), article,
                                       {rule}, Vocabulary());
    QCOMPARE(out.images.at(0).caption, QStringLiteral("Boats in the harbour"));
    // A caption that is nothing but the furniture does not match (group 1 needs text): left alone.
    QCOMPARE(out.images.at(1).caption, QStringLiteral("Photo 4 of 12"));
}

QTEST_GUILESS_MAIN(TestRuleFormat)
#include "test_ruleformat.moc"
