// SPDX-License-Identifier: GPL-3.0-or-later
// Which fields the editor changed, their extracted values, and "Reset to extracted" (field and page).
#include "correctionfixture.h"
#include "review/corrections.h"
#include "review/extractedvalues.h"

#include <QTest>

using namespace galley;
using namespace galley::testing;

class TestExtractedValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedDraftHasNoChanges();
    void typedHeadlineIsChangedAndResetBringsBackValueAndSource();
    void captionIsMatchedToItsImage();
    void listsAreComparedWhole();
    void resetPageRestoresEverything();
};

namespace {
ArticleDraft draftOf(const Article &extracted)
{
    return ArticleDraft::fromRecord(extracted, extracted);
}
} // namespace

void TestExtractedValues::untouchedDraftHasNoChanges()
{
    const Article extracted = correctionArticle();
    ArticleDraft draft = draftOf(extracted);
    QVERIFY(extractedvalues::changedFields(draft, extracted).isEmpty());
    QVERIFY(!corrections::resetToExtracted(&draft, extracted, Field::Headline));
    QVERIFY(!corrections::resetAllToExtracted(&draft, extracted));
}

void TestExtractedValues::typedHeadlineIsChangedAndResetBringsBackValueAndSource()
{
    const Article extracted = correctionArticle();
    ArticleDraft draft = draftOf(extracted);
    QVERIFY(corrections::setTyped(&draft, Field::Headline, QStringLiteral("Bridge shut by flood"),
                                  Vocabulary(), correctionDump()));
    QVERIFY(extractedvalues::isChanged(draft, extracted, Field::Headline));
    QCOMPARE(extractedvalues::extractedText(draft, extracted, Field::Headline), extracted.headline);
    QCOMPARE(extractedvalues::changedFields(draft, extracted), QList<FieldPath>{FieldPath(Field::Headline)});
    QVERIFY(!draft.article.provenance.contains(QStringLiteral("headline"))); // typed text not in the capture

    QVERIFY(corrections::resetToExtracted(&draft, extracted, Field::Headline));
    QCOMPARE(draft.article.headline, extracted.headline);
    QCOMPARE(draft.article.provenance.value(QStringLiteral("headline")),
             extracted.provenance.value(QStringLiteral("headline")));
    QVERIFY(extractedvalues::changedFields(draft, extracted).isEmpty());
}

void TestExtractedValues::captionIsMatchedToItsImage()
{
    Article extracted = correctionArticle();
    extracted.images = {Image{QStringLiteral("a.jpg"), QStringLiteral("First"), QStringLiteral("AP")},
                        Image{QStringLiteral("b.jpg"), QStringLiteral("Second"), QString()}};
    ArticleDraft draft = draftOf(extracted);
    // The editor moves the second image first and edits its caption: the caption is compared with
    // b.jpg's, not with whatever was first.
    QVERIFY(corrections::moveItem(&draft, Field::Images, 1, 0));
    const FieldPath caption = FieldPath::item(Field::Images, 0, Member::Caption);
    QVERIFY(!extractedvalues::isChanged(draft, extracted, caption));
    QVERIFY(corrections::setTyped(&draft, caption, QStringLiteral("Second, corrected"), Vocabulary(), {}));
    QVERIFY(extractedvalues::isChanged(draft, extracted, caption));
    QCOMPARE(extractedvalues::extractedText(draft, extracted, caption), QStringLiteral("Second"));
    // The photo credit of the other image is not changed, and the order is a change of the list.
    QVERIFY(!extractedvalues::isChanged(draft, extracted, FieldPath::item(Field::Images, 1, Member::Credit)));
    QVERIFY(extractedvalues::isChanged(draft, extracted, Field::Images));
    QVERIFY(corrections::resetToExtracted(&draft, extracted, caption));
    QCOMPARE(draft.article.images.at(0).caption, QStringLiteral("Second"));
    // An image the editor added has no extracted caption: reset clears it.
    const qsizetype added = corrections::appendEmpty(&draft, Field::Images);
    const FieldPath addedCaption = FieldPath::item(Field::Images, added, Member::Caption);
    QVERIFY(corrections::setTyped(&draft, addedCaption, QStringLiteral("New"), Vocabulary(), {}));
    QCOMPARE(extractedvalues::extractedText(draft, extracted, addedCaption), QString());
    QVERIFY(corrections::resetToExtracted(&draft, extracted, addedCaption));
    QCOMPARE(draft.article.images.at(added).caption, QString());
}

void TestExtractedValues::listsAreComparedWhole()
{
    const Article extracted = correctionArticle();
    ArticleDraft draft = draftOf(extracted);
    QVERIFY(corrections::splitByline(&draft, 0, Vocabulary()) == 2);
    QCOMPARE(extractedvalues::markedField(FieldPath::item(Field::Bylines, 1)), FieldPath(Field::Bylines));
    QVERIFY(extractedvalues::isChanged(draft, extracted, FieldPath::item(Field::Bylines, 1)));
    QCOMPARE(extractedvalues::extractedText(draft, extracted, Field::Bylines), extracted.bylines.join(u'\n'));
    // Excluding a body block changes the body; including it again does not.
    QVERIFY(corrections::setBodyIncluded(&draft, 1, false));
    QVERIFY(extractedvalues::isChanged(draft, extracted, Field::Body));
    QVERIFY(corrections::setBodyIncluded(&draft, 1, true));
    QVERIFY(!extractedvalues::isChanged(draft, extracted, Field::Body));
    QVERIFY(corrections::setBodyIncluded(&draft, 1, false));
    QVERIFY(corrections::resetToExtracted(&draft, extracted, FieldPath::item(Field::Body, 2)));
    QVERIFY(draft.isIncluded(1));
    QCOMPARE(draft.corrected().body, extracted.body);
    QVERIFY(corrections::resetToExtracted(&draft, extracted, Field::Bylines));
    QCOMPARE(draft.article.bylines, extracted.bylines);
    QCOMPARE(draft.article.provenance.value(QStringLiteral("bylines/0")),
             extracted.provenance.value(QStringLiteral("bylines/0")));
    QVERIFY(!draft.article.provenance.contains(QStringLiteral("bylines/1")));
}

void TestExtractedValues::resetPageRestoresEverything()
{
    const Article extracted = correctionArticle();
    ArticleDraft draft = draftOf(extracted);
    const Article opened = draft.opened;
    QVERIFY(
        corrections::setTyped(&draft, Field::Credit, QStringLiteral("AFP"), Vocabulary(), correctionDump()));
    QVERIFY(corrections::setBodyIncluded(&draft, 1, false));
    QCOMPARE(extractedvalues::changedFields(draft, extracted).size(), 2);
    QVERIFY(corrections::resetAllToExtracted(&draft, extracted));
    QCOMPARE(draft.corrected(), extracted);
    QCOMPARE(draft.opened, opened);
    QVERIFY(extractedvalues::changedFields(draft, extracted).isEmpty());
}

QTEST_GUILESS_MAIN(TestExtractedValues)
#include "test_extractedvalues.moc"
