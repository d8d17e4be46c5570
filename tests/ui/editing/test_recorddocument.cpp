// SPDX-License-Identifier: GPL-3.0-or-later
// The record document and its undo commands, without any widget: merge rules, clean state, macros,
// provenance that follows list items.
#include "editing/articleedits.h"
#include "editing/recorddocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace galley;

namespace {

ReviewRecord sampleRecord()
{
    Article a;
    a.headline = QStringLiteral("Old headline");
    a.bylines = {QStringLiteral("By Ann Lee and Bo Chan"), QStringLiteral("Cy Dunn")};
    a.images = {Image{QString(), QStringLiteral("A caption"), QStringLiteral("AP")}};
    a.body = {BodyBlock{BlockKind::Paragraph, QStringLiteral("First.")},
              BodyBlock{BlockKind::Paragraph, QStringLiteral("Second.")},
              BodyBlock{BlockKind::Paragraph, QStringLiteral("Third.")}};
    a.provenance.insert(QStringLiteral("headline"), {{0, 12, QStringLiteral("text:line")}});
    a.provenance.insert(QStringLiteral("bylines/0"), {{20, 42, QStringLiteral("text:byline")}});
    a.provenance.insert(QStringLiteral("bylines/1"), {{43, 50, QStringLiteral("text:byline")}});
    a.provenance.insert(QStringLiteral("images/0/caption"), {{60, 69, QStringLiteral("text:caption")}});
    a.provenance.insert(QStringLiteral("body/0"), {{100, 106, QStringLiteral("p")}});
    a.provenance.insert(QStringLiteral("body/1"), {{110, 117, QStringLiteral("p")}});
    a.provenance.insert(QStringLiteral("body/2"), {{120, 126, QStringLiteral("p")}});
    ReviewRecord r;
    r.extracted = a;
    r.corrected = a;
    return r;
}

} // namespace

class TestRecordDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingBurstIsOneStep();
    void differentFieldsAreSeparateSteps();
    void saveSealsTheLastStepAndCleansTheStack();
    void typingBackToTheStartIsObsolete();
    void splitBylineIsOneMacroStep();
    void removeMovesProvenanceWithItems();
    void excludedBodyBlocksSurviveAReopen();
    void markNotArticleExcludesWhatCameFromTheSpan();
    void saveRecordsHistoryPerField();
};

void TestRecordDocument::typingBurstIsOneStep()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    QSignalSpy changed(&doc, &RecordDocument::fieldChanged);
    const QString target = QStringLiteral("New headline");
    for (qsizetype n = 1; n <= target.size(); ++n)
        edits::setText(&doc, Field::Headline, target.left(n));
    QCOMPARE(doc.article().headline, target);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(changed.count(), target.size());
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(doc.article().headline, QStringLiteral("Old headline"));
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.article().headline, target);
}

void TestRecordDocument::differentFieldsAreSeparateSteps()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    edits::setText(&doc, Field::Headline, QStringLiteral("H"));
    edits::setText(&doc, Field::Credit, QStringLiteral("Reuters"));
    edits::setText(&doc, Field::Headline, QStringLiteral("Ha"));
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().headline, QStringLiteral("H"));
    QCOMPARE(doc.article().credit, QStringLiteral("Reuters"));
}

void TestRecordDocument::saveSealsTheLastStepAndCleansTheStack()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    QSignalSpy modified(&doc, &RecordDocument::modifiedChanged);
    edits::setText(&doc, Field::Headline, QStringLiteral("Saved"));
    QCOMPARE(modified.count(), 1);
    const ReviewRecord saved = doc.recordForSave(QStringLiteral("ed"), QDateTime::currentDateTimeUtc());
    doc.markSaved(saved);
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 2);
    edits::setText(&doc, Field::Headline, QStringLiteral("Saved!"));
    QCOMPARE(doc.undoStack()->count(), 2); // did not merge across the save
    doc.undoStack()->undo();
    QCOMPARE(doc.article().headline, QStringLiteral("Saved"));
    QVERIFY(!doc.isModified());
}

void TestRecordDocument::typingBackToTheStartIsObsolete()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    edits::setText(&doc, Field::Headline, QStringLiteral("Old headline!"));
    edits::setText(&doc, Field::Headline, QStringLiteral("Old headline"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestRecordDocument::splitBylineIsOneMacroStep()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    QCOMPARE(edits::splitByline(&doc, 0), 2);
    const QStringList expected{QStringLiteral("Ann Lee"), QStringLiteral("Bo Chan"),
                               QStringLiteral("Cy Dunn")};
    QCOMPARE(doc.article().bylines, expected);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Split byline"));
    // Both names keep the printed line as their source; Cy Dunn's span moved along with him.
    const Provenance &p = doc.article().provenance;
    QCOMPARE(p.value(QStringLiteral("bylines/0")).value(0).start, 20);
    QCOMPARE(p.value(QStringLiteral("bylines/1")).value(0).start, 20);
    QCOMPARE(p.value(QStringLiteral("bylines/2")).value(0).start, 43);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().bylines, sampleRecord().corrected.bylines);
    QCOMPARE(doc.article().provenance, sampleRecord().corrected.provenance);
}

void TestRecordDocument::removeMovesProvenanceWithItems()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    edits::moveItem(&doc, Field::Bylines, 1, 0);
    QCOMPARE(doc.article().bylines.value(0), QStringLiteral("Cy Dunn"));
    QCOMPARE(doc.article().provenance.value(QStringLiteral("bylines/0")).value(0).start, 43);
    QCOMPARE(doc.article().provenance.value(QStringLiteral("bylines/1")).value(0).start, 20);
    edits::removeItem(&doc, Field::Bylines, 0);
    QCOMPARE(doc.article().bylines.size(), 1);
    QCOMPARE(doc.article().provenance.value(QStringLiteral("bylines/0")).value(0).start, 20);
    QVERIFY(!doc.article().provenance.contains(QStringLiteral("bylines/1")));
}

void TestRecordDocument::excludedBodyBlocksSurviveAReopen()
{
    ReviewRecord record = sampleRecord();
    RecordDocument doc(record, Capture(), Vocabulary());
    edits::setBodyIncluded(&doc, 1, false);
    const ReviewRecord saved = doc.recordForSave(QStringLiteral("ed"), QDateTime::currentDateTimeUtc());
    QCOMPARE(saved.corrected.body.size(), 2);
    QCOMPARE(saved.corrected.body.at(1).text, QStringLiteral("Third."));
    QCOMPARE(saved.corrected.provenance.value(QStringLiteral("body/1")).value(0).start, 120);
    QVERIFY(!saved.corrected.provenance.contains(QStringLiteral("body/2")));

    // Reopened, the excluded block is back in its place, unchecked, with its source.
    RecordDocument reopened(saved, Capture(), Vocabulary());
    QCOMPARE(reopened.article().body.size(), 3);
    QCOMPARE(reopened.article().body.at(1).text, QStringLiteral("Second."));
    QVERIFY(!reopened.draft().isIncluded(1));
    QVERIFY(reopened.draft().isIncluded(2));
    QCOMPARE(reopened.article().provenance.value(QStringLiteral("body/1")).value(0).start, 110);
    QCOMPARE(reopened.article().provenance.value(QStringLiteral("body/2")).value(0).start, 120);
}

void TestRecordDocument::markNotArticleExcludesWhatCameFromTheSpan()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    const int affected = edits::markNotArticle(&doc, SourceSpan{55, 112, {}});
    QCOMPARE(affected, 2); // the caption and body/0; body/1 runs past the span
    QVERIFY(doc.article().images.at(0).caption.isEmpty());
    QCOMPARE(doc.article().images.at(0).credit, QStringLiteral("AP"));
    QVERIFY(!doc.draft().isIncluded(0));
    QVERIFY(doc.draft().isIncluded(1));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestRecordDocument::saveRecordsHistoryPerField()
{
    RecordDocument doc(sampleRecord(), Capture(), Vocabulary());
    edits::setText(&doc, Field::Credit, QStringLiteral("Reuters"));
    edits::splitByline(&doc, 0);
    doc.setStatus(ReviewStatus::Reviewed);
    const QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    const ReviewRecord saved = doc.recordForSave(QStringLiteral("Ed Itor"), now);
    QCOMPARE(saved.status, ReviewStatus::Reviewed);
    QCOMPARE(saved.reviewer, QStringLiteral("Ed Itor"));
    QCOMPARE(saved.reviewedAt, now);
    QStringList fields;
    for (const FieldChange &c : saved.history)
        fields.append(c.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("bylines"), QStringLiteral("credit")}));
    QCOMPARE(saved.history.at(1).after.toString(), QStringLiteral("Reuters"));
}

QTEST_MAIN(TestRecordDocument)
#include "test_recorddocument.moc"
