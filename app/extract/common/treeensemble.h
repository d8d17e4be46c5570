// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace galley {

/// A learned ranking model: gradient-boosted regression trees over a fixed list of named features, as
/// scikit-learn's GradientBoostingClassifier fits them (tools/train-*.py export them to JSON). score()
/// is the model's log-odds that a candidate is the one sought; finders compare candidates by it.
///
/// The JSON holds "features" (the names, in the order the engine computes them: a table that names
/// other features than the engine's is refused), "bias", and "trees", each an object of parallel arrays
/// "feature", "threshold", "left", "right", "value" (a leaf has feature -1; its value already carries the
/// learning rate). A node sends a candidate left when its feature is at most the threshold.
class TreeEnsemble
{
public:
    /// Reads the model; on failure the ensemble is invalid and `error` says why.
    static TreeEnsemble fromJson(const QByteArray &json, const QStringList &expectedFeatures, QString *error);

    bool isValid() const { return m_valid; }
    double score(const double *features) const;

private:
    struct Node
    {
        int feature; ///< -1 for a leaf
        double threshold;
        int left; ///< node indices into m_nodes (absolute)
        int right;
        double value;
    };
    bool m_valid = false;
    double m_bias = 0.0;
    std::vector<int> m_roots;
    std::vector<Node> m_nodes;
};

} // namespace galley
