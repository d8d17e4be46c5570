// SPDX-License-Identifier: GPL-3.0-or-later
// The raw capture pane: HTML shown as readable text whose offsets map back to the source, highlights
// per field, click-to-field, selection as a capture span, find.
#include "review/capturepane.h"
#include "review/captureview.h"
#include "review/pagetext.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestCapturePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlRendersAsReadableText();
    void renderedOffsetsMapBackToTheSource();
    void highlightsFollowProvenance();
    void clickingAHighlightReportsItsField();
    void metaValuesAreShownInTheSourceTab();
    void findSelectsMatches();
};

namespace {

const QString kHtml =
    u"<!DOCTYPE html><html><head><title>T</title><meta name=\"author\" content=\"Ann Lee\">"
    "<style>p{color:red}</style></head><body><h1>Big &amp; bold</h1>"
    "<p>First   line\nwraps.</p><script>var x = '<p>no</p>';</script>"
    "<figure><img src=\"a.jpg\" alt=\"Alt text\"><figcaption>The caption</figcaption></figure>"
    "<p>Caf&eacute; &#8220;quoted&#x201d;<br>next</p></body></html>"_s;

Capture htmlCapture()
{
    CaptureData data;
    data.path = u"page.html"_s;
    data.format = CaptureFormat::Html;
    data.kind = ContentKind::Html;
    data.text = kHtml;
    data.bytes = kHtml.toUtf8();
    return Capture(data);
}

SourceSpan spanOf(const QString &needle)
{
    const qsizetype at = kHtml.indexOf(needle);
    return SourceSpan{at, at + needle.size(), u"test"_s};
}

} // namespace

void TestCapturePane::htmlRendersAsReadableText()
{
    const TextMap map = renderHtmlAsText(kHtml);
    QCOMPARE(map.text,
             u"Big & bold\n\nFirst line wraps.\n\n[image: Alt text]\nThe caption\n\nCafé “quoted”\nnext"_s);
    QCOMPARE(map.sourceAt.size(), map.text.size() + 1);
    QCOMPARE(map.sourceEnd.size(), map.text.size());
    QVERIFY(std::is_sorted(map.sourceAt.cbegin(), map.sourceAt.cend()));
}

void TestCapturePane::renderedOffsetsMapBackToTheSource()
{
    const TextMap map = renderHtmlAsText(kHtml);
    qsizetype from = 0, to = 0;
    const SourceSpan caption = spanOf(u"The caption"_s);
    QVERIFY(map.shownRange(caption.start, caption.end, &from, &to));
    QCOMPARE(map.text.mid(from, to - from), u"The caption"_s);
    // An entity is one shown character standing for several source characters.
    const SourceSpan headline = spanOf(u"Big &amp; bold"_s);
    QVERIFY(map.shownRange(headline.start, headline.end, &from, &to));
    QCOMPARE(map.text.mid(from, to - from), u"Big & bold"_s);
    QCOMPARE(map.toSource(map.text.indexOf(u"bold"_s)), kHtml.indexOf(u"bold"_s));
    // The <script> content is not shown at all.
    const SourceSpan script = spanOf(u"var x"_s);
    QVERIFY(!map.shownRange(script.start, script.end, &from, &to));
}

void TestCapturePane::highlightsFollowProvenance()
{
    CapturePane pane;
    Provenance provenance;
    provenance.insert(u"headline"_s, {spanOf(u"Big &amp; bold"_s)});
    provenance.insert(u"images/0/caption"_s, {spanOf(u"The caption"_s)});
    pane.setCapture(htmlCapture(), provenance);
    CaptureView *view = pane.readableView();
    QCOMPARE(view->extraSelections().size(), 2);
    QStringList highlighted;
    for (const QTextEdit::ExtraSelection &s : view->extraSelections())
        highlighted.append(s.cursor.selectedText());
    highlighted.sort();
    QCOMPARE(highlighted, (QStringList{u"Big & bold"_s, u"The caption"_s}));
    // Two fields of different kinds get different colours.
    QVERIFY(view->extraSelections().at(0).format.background() !=
            view->extraSelections().at(1).format.background());

    provenance.remove(u"headline"_s);
    pane.setProvenance(provenance);
    QCOMPARE(view->extraSelections().size(), 1);
}

void TestCapturePane::clickingAHighlightReportsItsField()
{
    CapturePane pane;
    Provenance provenance;
    provenance.insert(u"images/0/caption"_s, {spanOf(u"The caption"_s)});
    pane.setCapture(htmlCapture(), provenance);
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    CaptureView *view = pane.readableView();
    QSignalSpy clicked(view, &CaptureView::fieldClicked);
    QTextCursor cursor(view->document());
    cursor.setPosition(int(view->toPlainText().indexOf(u"caption"_s)));
    const QPoint at = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), u"images/0/caption"_s);

    // Selecting text gives the span in capture offsets.
    cursor.setPosition(int(view->toPlainText().indexOf(u"Café"_s)));
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    const SourceSpan span = view->selectedSpan();
    QCOMPARE(kHtml.mid(span.start, span.length()), u"Caf&eacute;"_s);
    QCOMPARE(view->selectedText(), u"Café"_s);
}

void TestCapturePane::metaValuesAreShownInTheSourceTab()
{
    CapturePane pane;
    Provenance provenance;
    provenance.insert(u"bylines/0"_s, {spanOf(u"Ann Lee"_s)});
    pane.setCapture(htmlCapture(), provenance);
    QCOMPARE(pane.currentView(), pane.readableView());
    QVERIFY(pane.showField(u"bylines/0"_s));
    QCOMPARE(pane.currentView(), pane.sourceView());
    QCOMPARE(pane.sourceView()->textCursor().selectedText(), u"Ann Lee"_s);
    QVERIFY(!pane.showField(u"headline"_s));
}

void TestCapturePane::findSelectsMatches()
{
    CapturePane pane;
    pane.setCapture(htmlCapture(), {});
    pane.show();
    pane.find();
    auto *field = pane.findChild<QLineEdit *>(u"findField"_s);
    QVERIFY(field && field->isVisible());
    QTest::keyClicks(field, u"caption"_s);
    QCOMPARE(pane.readableView()->textCursor().selectedText(), u"caption"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
}

QTEST_MAIN(TestCapturePane)
#include "test_capturepane.moc"
