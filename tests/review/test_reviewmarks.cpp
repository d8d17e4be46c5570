// SPDX-License-Identifier: GPL-3.0-or-later
// The reason and note of a page: kept by a save only where they belong, written to and read back from the
// record file, read as none from records written before they existed, and summarised for the page list.
#include "correctionfixture.h"
#include "project/recordfile.h"
#include "project/recordsummary.h"
#include "record/reviewrecordjson.h"
#include "review/correctionhistory.h"

#include <QJsonObject>
#include <QTest>

using namespace galley;
using namespace galley::testing;

class TestReviewMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasonIsKeptOnlyForStatusesThatTakeOne();
    void noteAloneIsAChange();
    void reasonAndNoteRoundTripThroughTheRecordFile();
    void recordWithoutThemReadsAsNone();
};

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
}

void TestReviewMarks::reasonIsKeptOnlyForStatusesThatTakeOne()
{
    const ReviewRecord saved = correctionRecord();
    ReviewRecord rejected = recordWithMarks(
        saved, {ReviewStatus::Rejected, QStringLiteral("  Not an article "), {}}, QStringLiteral("Ed"), kNow);
    QCOMPARE(rejected.status, ReviewStatus::Rejected);
    QCOMPARE(rejected.reason, QStringLiteral("Not an article"));
    QCOMPARE(rejected.reviewer, QStringLiteral("Ed"));
    QCOMPARE(rejected.reviewedAt, kNow);
    QCOMPARE(rejected.corrected, saved.corrected);
    QVERIFY(rejected.history.isEmpty()); // no field changed
    // Approved later: the reason goes, the note stays.
    rejected.note = QStringLiteral("checked twice");
    const ReviewRecord approved =
        recordWithMarks(rejected, {ReviewStatus::Reviewed, rejected.reason, rejected.note},
                        QStringLiteral("Ed"), kNow.addSecs(60));
    QCOMPARE(approved.reason, QString());
    QCOMPARE(approved.note, QStringLiteral("checked twice"));
    QVERIFY(!statusTakesReason(ReviewStatus::Reviewed));
    QVERIFY(statusTakesReason(ReviewStatus::NeedsAttention));
}

void TestReviewMarks::noteAloneIsAChange()
{
    const ReviewRecord saved = correctionRecord();
    const ReviewRecord same = recordWithMarks(saved, ReviewMarks::of(saved), QStringLiteral("Ed"), kNow);
    QCOMPARE(same, saved); // nothing changed: no reviewer, no time
    const ReviewRecord noted = recordWithMarks(saved, {saved.status, {}, QStringLiteral("Ask the desk")},
                                               QStringLiteral("Ed"), kNow);
    QCOMPARE(noted.note, QStringLiteral("Ask the desk"));
    QCOMPARE(noted.modified, kNow);
    QCOMPARE(noted.reviewer, QStringLiteral("Ed"));
}

void TestReviewMarks::reasonAndNoteRoundTripThroughTheRecordFile()
{
    ReviewRecord record = correctionRecord();
    record.source.id = QString(64, QLatin1Char('a'));
    record.status = ReviewStatus::NeedsAttention;
    record.reason = QStringLiteral("Byline wrong or missing: «Ann» is a photographer");
    record.note = QStringLiteral("Second opinion, please\nline two");
    const QJsonObject json = reviewRecordToJson(record);
    const QJsonObject review = json.value(QStringLiteral("review")).toObject();
    QCOMPARE(review.value(QStringLiteral("reason")).toString(), record.reason);
    QCOMPARE(review.value(QStringLiteral("note")).toString(), record.note);
    ReviewRecord back;
    QString error;
    QVERIFY2(reviewRecordFromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back.reason, record.reason);
    QCOMPARE(back.note, record.note);

    // The page list reads them straight from the file's JSON, the same as from the record.
    RecordSummary fromFile;
    ProjectError problem;
    QJsonObject file = json;
    file.insert(QStringLiteral("formatVersion"), kRecordFormatVersion);
    QVERIFY2(summarizeRecordObject(file, QStringLiteral("r.json"), &fromFile, &problem),
             qPrintable(problem.toString()));
    QCOMPARE(fromFile.reason, record.reason);
    QCOMPARE(fromFile.note, record.note);
    QCOMPARE(summarize(record, kRecordFormatVersion).note, record.note);

    // A reason that is not text is a clear error naming the key.
    QJsonObject bad = json;
    QJsonObject badReview = review;
    badReview.insert(QStringLiteral("note"), 3);
    bad.insert(QStringLiteral("review"), badReview);
    QVERIFY(!reviewRecordFromJson(bad, &back, &error));
    QVERIFY2(error.contains(QLatin1String("review.note")), qPrintable(error));
}

void TestReviewMarks::recordWithoutThemReadsAsNone()
{
    ReviewRecord record = correctionRecord();
    record.status = ReviewStatus::Rejected;
    QJsonObject json = reviewRecordToJson(record);
    QJsonObject review = json.value(QStringLiteral("review")).toObject();
    review.remove(QStringLiteral("reason"));
    review.remove(QStringLiteral("note"));
    json.insert(QStringLiteral("review"), review); // as written before reasons and notes existed
    ReviewRecord back;
    QString error;
    QVERIFY2(reviewRecordFromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back.status, ReviewStatus::Rejected);
    QVERIFY(back.reason.isEmpty());
    QVERIFY(back.note.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewMarks)
#include "test_reviewmarks.moc"
