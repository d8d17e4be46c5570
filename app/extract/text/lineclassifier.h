// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/text/linefeatures.h"

namespace galley {

/// What the line classifier tells apart.
enum class LineClass { Other, Headline, Byline, Body };

/// The learned line classifier: a multinomial logistic regression over LineFeatures, its weights in
/// resources/data/lineclassifier.json, trained by tools/train-line-classifier.sh on the corpus gold.
/// Finders add its evidence to their own rules (docs/extraction.md).
///
/// A developer aid for out-of-fold figures: GALLEY_LINE_MODEL=FILE reads the weights from FILE
/// instead (a model trained with one fold left out, tests/quality/foldreport.py --line-models).
class LineClassifier
{
public:
    /// The shipped model, read once per process.
    static const LineClassifier &builtin();

    /// log(P(cls) / P(Other)) for a line with these features; 0 when the model could not be read.
    double logOdds(const LineFeatureVector &features, LineClass cls) const;

    bool isValid() const { return m_valid; }

private:
    LineClassifier() = default;
    void load(const QByteArray &json, const QString &where);

    static constexpr int Classes = 4;
    bool m_valid = false;
    double m_intercept[Classes]{};
    double m_weights[Classes][LineFeatureCount]{};
};

} // namespace galley
