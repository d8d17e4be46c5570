// SPDX-License-Identifier: GPL-3.0-or-later
// dump_headlinecandidates PATH... | --features: the headline finder's candidates of each text capture, with
// their features, as JSON Lines on standard output (one object a capture: {"path", "candidates": [{"line",
// "text", "features"}]}). tools/train-headline-ranker.py labels them from the corpus gold and fits the
// ranker; the features come from the engine itself, so training and extraction can never disagree.
#include "capture/capturereader.h"
#include "extract/common/vocabulary.h"
#include "extract/text/headlinefinder.h"
#include "extract/text/textextractor.h"
#include "extract/text/textpage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace galley;

namespace {

QJsonArray g_candidates;

void collect(const TextPage &page, const QList<HeadlineCandidate> &candidates)
{
    for (const HeadlineCandidate &c : candidates) {
        QJsonArray features;
        for (double f : c.features)
            features.append(f);
        g_candidates.append(QJsonObject{{QStringLiteral("line"), c.line},
                                        {QStringLiteral("text"), headlineText(page, c.line).toString()},
                                        {QStringLiteral("features"), features}});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << "usage: dump_headlinecandidates PATH...\n";
        return 2;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    // --features: the feature names, in order, for the model file.
    if (args == QStringList{QStringLiteral("--features")}) {
        out.write(
            QJsonDocument(QJsonArray::fromStringList(headlineFeatureNames())).toJson(QJsonDocument::Compact));
        out.write("\n");
        return 0;
    }
    setHeadlineCandidateObserver(collect);
    const Vocabulary vocabulary;
    int failures = 0;
    const auto onError = [&](const CaptureError &e) {
        err << "dump_headlinecandidates: " << e.toString() << '\n';
        ++failures;
    };
    for (const QString &path : expandCapturePaths(args, onError)) {
        readCaptureFile(
            path,
            [&](const Capture &capture) {
                g_candidates = QJsonArray();
                extractTextArticle(capture, vocabulary);
                const QJsonObject row{{QStringLiteral("path"), path},
                                      {QStringLiteral("candidates"), g_candidates}};
                out.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
                out.write("\n");
            },
            onError);
    }
    return failures ? 1 : 0;
}
