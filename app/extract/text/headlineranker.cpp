// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/treeensemble.h"
#include "extract/text/headlinefinder.h"

#include <QFile>

namespace galley {

const TreeEnsemble &headlineRanker()
{
    static const TreeEnsemble model = [] {
        const QString override = qEnvironmentVariable("GALLEY_HEADLINE_MODEL");
        QFile file(override.isEmpty() ? QStringLiteral(":/galley/data/headlineranker.json") : override);
        // The model ships inside the binary: a table that cannot be read or does not fit the features
        // is a build defect, reported once; the hand-set rule then decides alone.
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("galley: headline ranker %s: %s", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
            return TreeEnsemble();
        }
        QString error;
        TreeEnsemble m = TreeEnsemble::fromJson(file.readAll(), headlineFeatureNames(), &error);
        if (!m.isValid())
            qWarning("galley: headline ranker %s: %s", qPrintable(file.fileName()), qPrintable(error));
        return m;
    }();
    return model;
}

} // namespace galley
