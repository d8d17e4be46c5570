// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/lineclassifier.h"
#include "extract/text/linefeatures.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"
#include "testpaths.h"
#include "textdumps.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

// A page with a line of every kind the features tell apart: a menu, a headline, a byline with a
// handle, a date, link markers, an address, a rights notice, a list (bulleted and numbered), a table
// row, a Japanese brief, Arabic and Hebrew text with direction marks, a line printed twice, a
// non-BMP letter, and prose with commas.
QString generatedPage()
{
    const QString prose = QStringLiteral(
        "The council said on Tuesday that the new bridge would open in spring, after months of delays, "
        "and residents welcomed the decision to extend the ferry service until then.");
    QStringList lines = {
        QStringLiteral("Home | World | Sport | Weather"),
        QStringLiteral("Home | World | Sport | Weather"),
        QString(),
        QStringLiteral("  [12]Log in  [13]Register"),
        QString(),
        QStringLiteral("Bridge Opening Delayed Until Spring"),
        QString(),
        QStringLiteral("By Jane Roe @janeroe"),
        QStringLiteral("Updated 12 March 2024, 10:45"),
        QString(),
        prose,
        QString(),
        prose + QStringLiteral(" Engineers found cracks in the concrete."),
        QStringLiteral("   • first item of a list"),
        QStringLiteral("   12. numbered item"),
        QStringLiteral("•"),
        QStringLiteral("Name        Votes       Share"),
        QStringLiteral(
            "　東京都は十二日、新しい橋の開通が春まで延期されると発表した。住民は渡し船の運航延長を歓迎した。"
            "技術者がコンクリートにひびを見つけたという。"),
        QStringLiteral("قال المجلس يوم الثلاثاء إن الجسر الجديد سيفتح في الربيع؟\u200F"),
        QStringLiteral("המועצה אמרה כי הגשר ייפתח באביב."),
        QStringLiteral("Read more at https://example.org/story or www.example.org"),
        QStringLiteral("© 2024 Example Media. All rights reserved."),
        QStringLiteral("Photo: \U00020BB7 \U0001D7D9\U0001D7DA [3] “Quoted words.”"),
        QStringLiteral("Contact:"),
        QString(),
        QString(),
        QString(),
        QString(),
        QStringLiteral("Title\tcase Ǆ and 1999 2024 123456 20x"),
    };
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestLineFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The engine's features and those the training script computes are the same numbers: a model
    // trained on one and applied to the other would otherwise be wrong without any test failing.
    void sameAsTrainingScript()
    {
        const QString text = generatedPage();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("page.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        QProcess python;
        python.start(QStringLiteral(GALLEY_PYTHON),
                     {galley::test::sourceDir() + QStringLiteral("/tools/linefeatures.py"),
                      QStringLiteral("--dump"), path});
        QVERIFY(python.waitForFinished(-1));
        QCOMPARE(python.exitCode(), 0);
        const QStringList rows =
            QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const LineFeatures features(page);
        QCOMPARE(rows.size(), page.lines().size());
        for (int i = 0; i < page.lines().size(); ++i) {
            const QStringList fields = rows[i].split(u' ');
            QCOMPARE(fields.size(), LineFeatureCount + 1);
            QCOMPARE(fields[0].toInt(), i);
            const LineFeatureVector mine = features.of(i);
            for (int f = 0; f < LineFeatureCount; ++f) {
                const double theirs = fields[f + 1].toDouble();
                if (std::abs(theirs - mine[size_t(f)]) > 1e-8)
                    QFAIL(qPrintable(QStringLiteral("line %1 (%2), feature %3: engine %4, script %5")
                                         .arg(i)
                                         .arg(page.contentString(i))
                                         .arg(f)
                                         .arg(mine[size_t(f)], 0, 'g', 12)
                                         .arg(theirs, 0, 'g', 12)));
            }
        }
    }

    // The shipped weights fit the engine's features, and they rank a headline over the menu above it
    // and the story's paragraphs after the lead, and prose over both as body. (The lead paragraph
    // itself may look as headline-like to the model: the finder's rules never take a long sentence.)
    void shippedModelRanksLines()
    {
        const LineClassifier &model = LineClassifier::builtin();
        QVERIFY(model.isValid());
        const QString prose = QStringLiteral(
            "The council said on Tuesday that the new bridge would open in spring after months of delays, "
            "and residents welcomed the decision to extend the ferry service until then.");
        const QString text = QStringLiteral("Home\nWorld\nSport\n\nBridge Opening Delayed Until Spring\n\n"
                                            "By Jane Roe\n\n%1\n\n%1\n\n%1\n")
                                 .arg(prose);
        const TextPage page(text, StopWords::builtin(), Vocabulary());
        const LineFeatures features(page);
        const int headline = testing::indexOf(page, u"Bridge Opening Delayed Until Spring");
        const int byline = testing::indexOf(page, u"By Jane Roe");
        const auto odds = [&](int line, LineClass cls) { return model.logOdds(features.of(line), cls); };
        QVERIFY(odds(headline, LineClass::Headline) > odds(0, LineClass::Headline));
        QVERIFY(odds(headline, LineClass::Headline) > odds(2, LineClass::Headline));
        QVERIFY(odds(headline, LineClass::Headline) > odds(byline + 2, LineClass::Headline));
        QVERIFY(odds(headline, LineClass::Headline) > odds(byline + 3, LineClass::Headline));
        QVERIFY(odds(byline + 2, LineClass::Body) > odds(headline, LineClass::Body));
        QVERIFY(odds(byline + 2, LineClass::Body) > odds(0, LineClass::Body));
    }
};

QTEST_GUILESS_MAIN(TestLineFeatures)
#include "test_linefeatures.moc"
