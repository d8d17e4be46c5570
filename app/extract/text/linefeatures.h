// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <array>
#include <vector>

namespace galley {

class TextPage;

/// The features the line classifier reads, in the order of its weights. Each is language-independent
/// (lengths, ratios of character classes, punctuation, position on the page and relative to the
/// prose, the neighbours) and computed exactly as tools/linefeatures.py computes them for training:
/// tests/extract/text/test_linefeatures.cpp compares both on generated pages.
constexpr int LineFeatureCount = 40;
using LineFeatureVector = std::array<double, LineFeatureCount>;

/// The per-page part of the features (which lines are prose), computed once per page; the features of
/// a line are then computed on demand, only for the lines a finder asks about.
class LineFeatures
{
public:
    explicit LineFeatures(const TextPage &page);

    /// The features of non-blank line `line` (an index into TextPage::lines()).
    LineFeatureVector of(int line) const;

    /// What a neighbour's features read of a line's own.
    struct OwnFeatures
    {
        double weight = 0;
        bool sentence = false;
        int tokens = 0;
    };

private:
    // A line's own features, computed once: of() reads each line's and its two neighbours'.
    struct CachedOwn
    {
        bool known = false;
        OwnFeatures own;
        std::array<double, 20> values{};
    };
    OwnFeatures cachedOwn(int line, double *f) const;

    const TextPage &m_page;
    mutable std::vector<CachedOwn> m_own; ///< per line, filled on first use
    std::vector<bool> m_prose;            ///< per line: heavy enough and ending like a sentence
    std::vector<int> m_proseBefore;       ///< per line: prose lines above it
};

} // namespace galley
