// SPDX-License-Identifier: GPL-3.0-or-later
// The learned ranking models' evaluator: scores as the trees say, refuses tables that do not fit the
// engine (so a stale model is reported, never silently misread), and the shipped headline model fits.
#include "extract/common/treeensemble.h"
#include "extract/text/headlinefinder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cstring>

using namespace galley;

namespace {

const QStringList Names{QStringLiteral("a"), QStringLiteral("b")};

// Two trees: the first splits on a at 0.5 (left 1.0, right -1.0), the second on b at 2 (left 0.25,
// right 0.5, under a split on a at 10 whose right leaf is 4).
const QByteArray Model = R"({"features":["a","b"],"bias":0.125,"trees":[
  {"feature":[0,-1,-1],"threshold":[0.5,-2,-2],"left":[1,-1,-1],"right":[2,-1,-1],"value":[0,1.0,-1.0]},
  {"feature":[0,1,-1,-1,-1],"threshold":[10,2,-2,-2,-2],"left":[1,2,-1,-1,-1],"right":[4,3,-1,-1,-1],
   "value":[0,0,0.25,0.5,4]}]})";

} // namespace

class TestTreeEnsemble : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresWalkEachTreeToItsLeaf_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("left, left") << 0.0 << 1.0 << 0.125 + 1.0 + 0.25;
        QTest::newRow("threshold goes left") << 0.5 << 2.0 << 0.125 + 1.0 + 0.25;
        QTest::newRow("right, right of b") << 3.0 << 7.0 << 0.125 - 1.0 + 0.5;
        QTest::newRow("right of a at the root") << 11.0 << 0.0 << 0.125 - 1.0 + 4.0;
    }
    void scoresWalkEachTreeToItsLeaf()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, expected);
        QString error;
        const TreeEnsemble model = TreeEnsemble::fromJson(Model, Names, &error);
        QVERIFY2(model.isValid(), qPrintable(error));
        const double features[] = {a, b};
        QCOMPARE(model.score(features), expected);
    }

    // scikit-learn compares features as 32-bit floats: a value just above a threshold that rounds onto
    // it goes left there, and must here too.
    void featuresCompareAsFloats()
    {
        const TreeEnsemble model = TreeEnsemble::fromJson(Model, Names, nullptr);
        const double justAbove[] = {0.5 + 1e-12, 0.0};
        QCOMPARE(model.score(justAbove), 0.125 + 1.0 + 0.25);
    }

    void refusesTablesThatDoNotFit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON") << QByteArray("{\"features\":") << QStringLiteral("not JSON");
        QTest::newRow("other features")
            << QByteArray(Model).replace("\"b\"", "\"c\"") << QStringLiteral("feature 1 is \"c\"");
        QTest::newRow("fewer features")
            << QByteArray(Model).replace("[\"a\",\"b\"]", "[\"a\"]") << QStringLiteral("1 features");
        QTest::newRow("no trees") << QByteArray(R"({"features":["a","b"],"bias":0,"trees":[]})")
                                  << QStringLiteral("no trees");
        QTest::newRow("ragged arrays")
            << QByteArray(R"({"features":["a","b"],"trees":[{"feature":[0,-1,-1],"threshold":[0.5],)"
                          R"("left":[1,-1,-1],"right":[2,-1,-1],"value":[0,1,2]}]})")
            << QStringLiteral("different lengths");
        // A child that points back up would loop forever: refused.
        QTest::newRow("cycle")
            << QByteArray(R"({"features":["a","b"],"trees":[{"feature":[0,-1,-1],"threshold":[0.5,0,0],)"
                          R"("left":[0,-1,-1],"right":[2,-1,-1],"value":[0,1,2]}]})")
            << QStringLiteral("node 0 is malformed");
        QTest::newRow("feature out of range")
            << QByteArray(R"({"features":["a","b"],"trees":[{"feature":[5,-1,-1],"threshold":[0.5,0,0],)"
                          R"("left":[1,-1,-1],"right":[2,-1,-1],"value":[0,1,2]}]})")
            << QStringLiteral("node 0 is malformed");
    }
    void refusesTablesThatDoNotFit()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        QString error;
        const TreeEnsemble model = TreeEnsemble::fromJson(json, Names, &error);
        QVERIFY(!model.isValid());
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    // fromJson reads a well-formed table in one pass of its own and hands anything else to
    // QJsonDocument: both readings must give the same model to the last bit. A byte beyond ASCII in the
    // comment sends the same table through QJsonDocument.
    void ownReaderAndQtReadTheSameModel_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("names");
        QFile shipped(QStringLiteral(":/galley/data/headlineranker.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QTest::newRow("shipped headline model") << shipped.readAll() << headlineFeatureNames();
        // Integers written as doubles, negative zero, exponents, spaces and keys the engine skips.
        QTest::newRow("number forms")
            << QByteArray(
                   " { \"x\" : [true, null, {\"y\": \"q\\\"\\u0041\"}], \"features\" : [ \"a\" , \"b\" ], "
                   R"("bias":-0,"trees":[{"feature":[0,-1,-1.0],"threshold":[5e-1,-0,-2E+0],)"
                   R"("left":[1,-1,-1],"right":[2e0,-1,-1],"value":[0,1.25e1,-0.0],"z":1}]} )")
            << Names;
        QTest::newRow("toy") << Model << Names;
    }
    void ownReaderAndQtReadTheSameModel()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, names);
        QString error;
        const TreeEnsemble own = TreeEnsemble::fromJson(json, names, &error);
        QVERIFY2(own.isValid(), qPrintable(error));
        QByteArray viaQt = json;
        viaQt.insert(viaQt.indexOf('{') + 1, "\"note\":\"caf\xc3\xa9\",");
        const TreeEnsemble qt = TreeEnsemble::fromJson(viaQt, names, &error);
        QVERIFY2(qt.isValid(), qPrintable(error));
        QRandomGenerator random(19);
        std::vector<double> features(std::size_t(names.size()));
        for (int round = 0; round < 2000; ++round) {
            for (double &f : features)
                f = random.bounded(4) == 0 ? double(random.bounded(3)) : random.generateDouble() * 40.0 - 5.0;
            const double a = own.score(features.data());
            const double b = qt.score(features.data());
            QVERIFY2(std::memcmp(&a, &b, sizeof a) == 0,
                     qPrintable(QStringLiteral("%1 != %2").arg(a).arg(b)));
        }
    }

    // The shipped model names the features the engine computes: a feature added or moved without
    // retraining (tools/train-headline-ranker.sh) fails here, not silently on users' pages.
    void shippedHeadlineModelFitsTheEngine()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("GALLEY_HEADLINE_MODEL"));
        QVERIFY(headlineRanker().isValid());
        QCOMPARE(headlineFeatureNames().size(), HeadlineFeatureCount);
    }
};

QTEST_GUILESS_MAIN(TestTreeEnsemble)
#include "test_treeensemble.moc"
