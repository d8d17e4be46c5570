// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/treeensemble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley {

TreeEnsemble TreeEnsemble::fromJson(const QByteArray &json, const QStringList &expectedFeatures,
                                    QString *error)
{
    TreeEnsemble model;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return TreeEnsemble();
    };
    QJsonParseError parseError;
    const QJsonObject table = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonArray names = table.value(QLatin1String("features")).toArray();
    if (names.size() != expectedFeatures.size())
        return fail(QStringLiteral("it has %1 features, the engine computes %2")
                        .arg(names.size())
                        .arg(expectedFeatures.size()));
    for (qsizetype f = 0; f < names.size(); ++f) {
        if (names[f].toString() != expectedFeatures[f])
            return fail(QStringLiteral("feature %1 is \"%2\", the engine's is \"%3\"")
                            .arg(f)
                            .arg(names[f].toString(), expectedFeatures[f]));
    }
    model.m_bias = table.value(QLatin1String("bias")).toDouble();
    const int featureCount = int(expectedFeatures.size());
    const QJsonArray trees = table.value(QLatin1String("trees")).toArray();
    for (const QJsonValue &treeValue : trees) {
        const QJsonObject tree = treeValue.toObject();
        const QJsonArray feature = tree.value(QLatin1String("feature")).toArray();
        const QJsonArray threshold = tree.value(QLatin1String("threshold")).toArray();
        const QJsonArray left = tree.value(QLatin1String("left")).toArray();
        const QJsonArray right = tree.value(QLatin1String("right")).toArray();
        const QJsonArray value = tree.value(QLatin1String("value")).toArray();
        const qsizetype n = feature.size();
        if (n == 0 || threshold.size() != n || left.size() != n || right.size() != n || value.size() != n)
            return fail(QStringLiteral("tree %1 has arrays of different lengths").arg(model.m_roots.size()));
        const int base = int(model.m_nodes.size());
        model.m_roots.push_back(base);
        for (qsizetype k = 0; k < n; ++k) {
            const int f = feature[k].toInt(-2);
            const int l = left[k].toInt(-2);
            const int r = right[k].toInt(-2);
            // Children come after their parent (scikit-learn numbers nodes depth first), so a walk
            // always ends at a leaf.
            const bool leaf = f == -1;
            if (!leaf && (f < 0 || f >= featureCount || l <= k || r <= k || l >= n || r >= n))
                return fail(
                    QStringLiteral("tree %1, node %2 is malformed").arg(model.m_roots.size() - 1).arg(k));
            model.m_nodes.push_back(Node{f, threshold[k].toDouble(), leaf ? -1 : base + l,
                                         leaf ? -1 : base + r, value[k].toDouble()});
        }
    }
    if (model.m_roots.empty())
        return fail(QStringLiteral("it has no trees"));
    model.m_valid = true;
    return model;
}

double TreeEnsemble::score(const double *features) const
{
    double sum = m_bias;
    for (const int root : m_roots) {
        const Node *node = &m_nodes[size_t(root)];
        // scikit-learn compares a feature as a 32-bit float with the threshold: so does the engine, or
        // a value between the two roundings would take the other branch.
        while (node->feature >= 0) {
            const double value = double(float(features[node->feature]));
            node = &m_nodes[size_t(value <= node->threshold ? node->left : node->right)];
        }
        sum += node->value;
    }
    return sum;
}

} // namespace galley
