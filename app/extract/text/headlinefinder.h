// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/text/linefeatures.h"

#include <QList>
#include <QStringList>
#include <QStringView>
#include <array>

namespace galley {

class TextPage;
class TreeEnsemble;

/// The line of the article's headline, or -1.
///
/// Candidates are the unclaimed lines above the body (and a heading-like line at its top). A headline
/// is title-like (a few to thirty words, no closing full stop, not a list item, not printed all over
/// the page like a menu entry), sits close above the body, and is often printed twice (the heading
/// and a breadcrumb, a share line "… for: <headline>"). Each trait adds to a score; the best wins.
///
/// The shipped ranker (headlineRanker()) then weighs those traits with the line's own features and
/// picks the candidate it ranks first; without a model the hand-set weights decide.
int findHeadline(const TextPage &page, int bodyFirst);

/// The features of a headline candidate: the hand rule's traits (headlineFeatureNames() lists the first
/// HeadlineOwnFeatures), the line's LineFeatures, and the line classifier's log-odds.
constexpr int HeadlineOwnFeatures = 28;
constexpr int HeadlineFeatureCount = HeadlineOwnFeatures + LineFeatureCount + 3;

struct HeadlineCandidate
{
    int line = -1;
    std::array<double, HeadlineFeatureCount> features{};
};

/// The names of the features, in order: the model file must list the same.
const QStringList &headlineFeatureNames();

/// The learned headline ranker: gradient-boosted trees in resources/data/headlineranker.json, trained
/// by tools/train-headline-ranker.sh on the corpus gold. A developer aid for out-of-fold figures:
/// GALLEY_HEADLINE_MODEL=FILE reads the model from FILE instead.
const TreeEnsemble &headlineRanker();

/// A developer aid for the training tool: called by findHeadline with every page's candidates (one
/// observer per process, set before extraction starts; not for threads).
using HeadlineCandidateObserver = void (*)(const TextPage &page, const QList<HeadlineCandidate> &candidates);
void setHeadlineCandidateObserver(HeadlineCandidateObserver observer);

/// The headline's text on line `line`: the line, or its first cell when w3m printed a table row on it
/// (cells apart by a wide run of spaces: "Title      Home").
QStringView headlineText(const TextPage &page, int line);

} // namespace galley
