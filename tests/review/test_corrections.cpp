// SPDX-License-Identifier: GPL-3.0-or-later
// The correction operations of app/review without any widget: normalising with the engine's parsers
// and vocabulary, provenance that never keeps a stale source, undo/redo, saving with the history of
// corrections, reopening.
#include "correctionfixture.h"
#include "record/reviewrecordjson.h"
#include "review/corrections.h"
#include "review/correctionsession.h"

#include <QJsonArray>
#include <QTest>

using namespace galley;
using namespace galley::testing;
using namespace Qt::StringLiterals;

class TestCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedAgencyAliasEqualsCaptureSelection();
    void typedValueHasNoStaleProvenance();
    void typingInProgressIsKeptAsTyped();
    void normalisesBylinesAndDates();
    void bylinesFromACaptureSelection();
    void fullSessionUndoRedoSaveReopen();
    void historyKeepsTheExtractorsValue();
    void olderHistoryEntriesReadTheExtractedArticle();
};

// Typed "AFP" and "AFP" taken from the capture with Ctrl+3 are the same credit.
void TestCorrections::typedAgencyAliasEqualsCaptureSelection()
{
    const QString dump = correctionDump();
    const ArticleDraft start = ArticleDraft::fromRecord(correctionArticle(), correctionArticle());
    ArticleDraft typed = start;
    QVERIFY(corrections::setTyped(&typed, Field::Credit, u"AFP"_s, Vocabulary(), dump));
    ArticleDraft selected = start;
    QVERIFY(corrections::setFromCapture(&selected, Field::Credit, u"AFP"_s, spanOf(dump, u"AFP"_s, {}),
                                        Vocabulary()));
    QCOMPARE(typed.article.credit, u"Agence France-Presse"_s);
    QCOMPARE(selected.article.credit, typed.article.credit);
    // A project's own agency is normalised the same way.
    const Vocabulary project({agencies::Agency{u"Nordic Wire Service"_s, {u"NWS"_s}}});
    QVERIFY(corrections::setTyped(&typed, Field::Credit, u"NWS"_s, project, dump));
    QCOMPARE(typed.article.credit, u"Nordic Wire Service"_s);
}

void TestCorrections::typedValueHasNoStaleProvenance()
{
    const QString dump = correctionDump();
    ArticleDraft draft = ArticleDraft::fromRecord(correctionArticle(), correctionArticle());
    QVERIFY(draft.article.provenance.contains(u"headline"_s));

    // Something new: no source at all, not the old headline's.
    QVERIFY(corrections::setTyped(&draft, Field::Headline, u"Bridge shut after record flood"_s, Vocabulary(),
                                  dump));
    QVERIFY(!draft.article.provenance.contains(u"headline"_s));

    // Text printed in the capture: the span where it is printed.
    const QString sentence = u"Officials said the bridge would reopen once engineers had checked it."_s;
    QVERIFY(corrections::setTyped(&draft, Field::Headline, sentence, Vocabulary(), dump));
    const QList<SourceSpan> spans = draft.article.provenance.value(u"headline"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.at(0).start, dump.indexOf(sentence));
    QCOMPARE(spans.at(0).end, dump.indexOf(sentence) + sentence.size());
    QCOMPARE(spans.at(0).via, QString::fromUtf16(corrections::kViaTyped));

    // The same for a list item's member.
    const FieldPath caption = FieldPath::item(Field::Images, 0, Member::Caption);
    QVERIFY(corrections::setTyped(&draft, caption, correctedCaption(), Vocabulary(), dump));
    QVERIFY(!draft.article.provenance.contains(caption.provenanceKey()));
}

void TestCorrections::typingInProgressIsKeptAsTyped()
{
    ArticleDraft draft = ArticleDraft::fromRecord(correctionArticle(), correctionArticle());
    QVERIFY(corrections::setTyped(&draft, Field::Credit, u"AFP"_s, Vocabulary(), {},
                                  corrections::Typing::InProgress));
    QCOMPARE(draft.article.credit, u"AFP"_s); // not replaced under the editor's cursor
    QVERIFY(corrections::finishTyping(&draft, Field::Credit, Vocabulary(), {}));
    QCOMPARE(draft.article.credit, u"Agence France-Presse"_s);
    QVERIFY(!corrections::finishTyping(&draft, Field::Credit, Vocabulary(), {})); // already normal
}

void TestCorrections::normalisesBylinesAndDates()
{
    const Vocabulary v;
    QCOMPARE(corrections::normalise(FieldPath::item(Field::Bylines, 0), u"By  Ann Lee"_s, v), u"Ann Lee"_s);
    QCOMPARE(
        corrections::normalise(FieldPath::item(Field::Bylines, 0), u"Von Anna Schmidt, Korrespondentin"_s, v),
        u"Anna Schmidt"_s);
    // Two names stay one entry (split is its own correction), a date becomes ISO 8601.
    QCOMPARE(corrections::normalise(FieldPath::item(Field::Bylines, 0), u"Ann Lee and Bo Chan"_s, v),
             u"Ann Lee and Bo Chan"_s);
    QCOMPARE(corrections::normalise(Field::Published, u"June 5, 2014"_s, v), u"2014-06-05"_s);
    QCOMPARE(corrections::normalise(Field::Published, u"2014-06-05T10:00:00Z"_s, v),
             u"2014-06-05T10:00:00Z"_s);
    QCOMPARE(corrections::normalise(Field::Headline, u"  Two   spaces "_s, v), u"Two spaces"_s);
}

void TestCorrections::bylinesFromACaptureSelection()
{
    const QString dump = correctionDump();
    ArticleDraft draft;
    const SourceSpan span = spanOf(dump, u"By Ann Lee and Bo Chan"_s, {});
    QCOMPARE(corrections::addBylines(&draft, u"By Ann Lee and Bo Chan"_s, span, Vocabulary()), 2);
    QCOMPARE(draft.article.bylines, (QStringList{u"Ann Lee"_s, u"Bo Chan"_s}));
    QCOMPARE(draft.article.provenance.value(u"bylines/1"_s).value(0).start, span.start);
    QCOMPARE(draft.article.provenance.value(u"bylines/1"_s).value(0).via,
             QString::fromUtf16(corrections::kViaSelection));
    // An agency in the selection is the credit, not a byline.
    QCOMPARE(corrections::addBylines(&draft, u"By Cy Dunn, Reuters"_s, {}, Vocabulary()), 1);
    QCOMPARE(draft.article.bylines.last(), u"Cy Dunn"_s);
    QCOMPARE(draft.article.credit, u"Reuters"_s);
}

void TestCorrections::fullSessionUndoRedoSaveReopen()
{
    CorrectionSession session(correctionRecord(), Vocabulary(), correctionDump());
    const Vocabulary &v = session.vocabulary();
    QVERIFY(session.apply([&](ArticleDraft *d) { corrections::splitByline(d, 0, v); }));
    QVERIFY(session.apply([&](ArticleDraft *d) {
        corrections::setTyped(d, FieldPath::item(Field::Images, 0, Member::Caption), correctedCaption(), v,
                              session.captureText());
    }));
    QVERIFY(session.apply([&](ArticleDraft *d) {
        corrections::setTyped(d, Field::Credit, u"AFP"_s, v, session.captureText());
    }));
    QVERIFY(session.apply([&](ArticleDraft *d) { corrections::setBodyIncluded(d, 1, false); }));
    QVERIFY(!session.apply([&](ArticleDraft *d) { corrections::setBodyIncluded(d, 1, false); }));

    QVERIFY(session.undo());
    QVERIFY(session.draft().isIncluded(1));
    QVERIFY(session.redo());
    QVERIFY(!session.draft().isIncluded(1));
    QVERIFY(!session.redo());

    const QDateTime now(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    const ReviewRecord saved = session.recordForSave(u"Ed Itor"_s, now);
    QCOMPARE(saved.corrected.bylines, (QStringList{u"Ann Lee"_s, u"Bo Chan"_s}));
    QCOMPARE(saved.corrected.images.at(0).caption, correctedCaption());
    QCOMPARE(saved.corrected.credit, u"Agence France-Presse"_s);
    QCOMPARE(saved.corrected.body.size(), 2);
    QVERIFY(!saved.corrected.provenance.contains(u"body/2"_s));
    QCOMPARE(saved.modified, now);
    QCOMPARE(saved.reviewer, u"Ed Itor"_s);

    // Written and read back as a record file, then reopened: the same record, and the excluded block is
    // back in place, unchecked.
    ReviewRecord reread;
    QString error;
    QVERIFY2(reviewRecordFromJson(reviewRecordToJson(saved), &reread, &error), qPrintable(error));
    QCOMPARE(reread, saved);
    const CorrectionSession reopened(reread, Vocabulary());
    QCOMPARE(reopened.draft().article.body.size(), 3);
    QVERIFY(!reopened.draft().isIncluded(1));
    QCOMPARE(reopened.draft().corrected(), saved.corrected);
}

void TestCorrections::historyKeepsTheExtractorsValue()
{
    CorrectionSession session(correctionRecord(), Vocabulary());
    QVERIFY(session.apply([&](ArticleDraft *d) { corrections::splitByline(d, 0, session.vocabulary()); }));
    const QDateTime at(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    const ReviewRecord first = session.recordForSave(u"Ann"_s, at);
    session.markSaved(first);
    QVERIFY(session.apply([&](ArticleDraft *d) { corrections::removeItem(d, Field::Bylines, 1); }));
    const ReviewRecord second = session.recordForSave(u"Bo"_s, at.addSecs(60));
    QCOMPARE(second.history.size(), 2);
    const FieldChange &change = second.history.at(1);
    QCOMPARE(change.field, u"bylines"_s);
    QCOMPARE(change.reviewer, u"Bo"_s);
    QCOMPARE(change.at, at.addSecs(60));
    QCOMPARE(change.before, QJsonValue(QJsonArray{u"Ann Lee"_s, u"Bo Chan"_s}));
    QCOMPARE(change.after, QJsonValue(QJsonArray{u"Ann Lee"_s}));
    QCOMPARE(change.extracted, QJsonValue(QJsonArray{u"By Ann Lee and Bo Chan"_s}));
    // Nothing changed, nothing recorded.
    QCOMPARE(CorrectionSession(second, Vocabulary()).recordForSave(u"Cy"_s, at.addSecs(120)), second);
}

void TestCorrections::olderHistoryEntriesReadTheExtractedArticle()
{
    CorrectionSession session(correctionRecord(), Vocabulary());
    QVERIFY(session.apply([&](ArticleDraft *d) { corrections::splitByline(d, 0, session.vocabulary()); }));
    const ReviewRecord saved = session.recordForSave(u"Ann"_s, QDateTime::currentDateTimeUtc());
    QJsonObject json = reviewRecordToJson(saved);
    QJsonArray history = json.value(u"history"_s).toArray();
    QJsonObject entry = history.at(0).toObject();
    QVERIFY(entry.contains(u"extracted"_s));
    entry.remove(u"extracted"_s); // as written before the extractor's value was kept
    history.replace(0, entry);
    json.insert(u"history"_s, history);
    ReviewRecord old;
    QString error;
    QVERIFY2(reviewRecordFromJson(json, &old, &error), qPrintable(error));
    QCOMPARE(old.history.at(0).extracted, QJsonValue(QJsonArray{u"By Ann Lee and Bo Chan"_s}));
}

QTEST_MAIN(TestCorrections)
#include "test_corrections.moc"
