// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/lineclassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace galley {

namespace {

const char *const ClassNames[] = {"other", "headline", "byline", "body"};

} // namespace

const LineClassifier &LineClassifier::builtin()
{
    static const LineClassifier model = [] {
        LineClassifier m;
        const QString override = qEnvironmentVariable("GALLEY_LINE_MODEL");
        QFile file(override.isEmpty() ? QStringLiteral(":/galley/data/lineclassifier.json") : override);
        if (!file.open(QIODevice::ReadOnly))
            qWarning("galley: line classifier %s: %s", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        else
            m.load(file.readAll(), file.fileName());
        return m;
    }();
    return model;
}

void LineClassifier::load(const QByteArray &json, const QString &where)
{
    // The weights ship inside the binary: a table that does not fit the features is a build defect,
    // reported once; the finders then work from their rules alone (log-odds 0).
    const auto fail = [&](const char *why) {
        qWarning("galley: line classifier %s: %s", qPrintable(where), why);
    };
    const QJsonObject table = QJsonDocument::fromJson(json).object();
    const QJsonArray features = table.value(QLatin1String("features")).toArray();
    const QJsonArray classes = table.value(QLatin1String("classes")).toArray();
    const QJsonArray intercept = table.value(QLatin1String("intercept")).toArray();
    const QJsonArray weights = table.value(QLatin1String("weights")).toArray();
    if (features.size() != LineFeatureCount)
        return fail("its feature count is not the engine's");
    if (classes.size() != Classes || intercept.size() != Classes || weights.size() != Classes)
        return fail("it does not have the four classes");
    for (int c = 0; c < Classes; ++c) {
        if (classes[c].toString() != QLatin1String(ClassNames[c]))
            return fail("its classes are not in the engine's order");
        const QJsonArray row = weights[c].toArray();
        if (row.size() != LineFeatureCount)
            return fail("a row of weights has the wrong length");
        m_intercept[c] = intercept[c].toDouble();
        for (int f = 0; f < LineFeatureCount; ++f)
            m_weights[c][f] = row[f].toDouble();
    }
    m_valid = true;
}

double LineClassifier::logOdds(const LineFeatureVector &features, LineClass cls) const
{
    const int c = int(cls);
    double score = m_intercept[c] - m_intercept[0];
    for (int f = 0; f < LineFeatureCount; ++f)
        score += (m_weights[c][f] - m_weights[0][f]) * features[size_t(f)];
    return score;
}

} // namespace galley
