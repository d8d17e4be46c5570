// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/pagetwins.h"

#include <QCryptographicHash>
#include <QUrl>
#include <numeric>

namespace galley {

QString normalisedPageUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl parsed(trimmed);
    if (!parsed.isValid())
        return trimmed;
    parsed.setFragment({});
    parsed.setScheme(parsed.scheme().toLower());
    parsed.setHost(parsed.host().toLower());
    QString path = parsed.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    parsed.setPath(path);
    return parsed.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
}

QByteArray articleTextKey(const QString &headline, const QStringList &bodyTexts)
{
    QString body = bodyTexts.join(QLatin1Char(' ')).simplified();
    if (body.isEmpty())
        return {};
    const QString text = headline.simplified() + QLatin1Char('\n') + body;
    return QCryptographicHash::hash(text.toCaseFolded().toUtf8(), QCryptographicHash::Sha1);
}

PageTwins PageTwins::find(const QList<RecordSummary> &summaries)
{
    QStringList urlKeys;
    urlKeys.reserve(summaries.size());
    for (const RecordSummary &s : summaries)
        urlKeys.append(normalisedPageUrl(s.url));
    return find(summaries, urlKeys);
}

PageTwins PageTwins::find(const QList<RecordSummary> &summaries, const QStringList &urlKeys)
{
    Q_ASSERT(urlKeys.size() == summaries.size());
    // Union-find over summary positions; each page joins the first page with its URL or its text.
    const int n = int(summaries.size());
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    const auto join = [&](int a, int b) {
        const int ra = root(a), rb = root(b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb); // the earliest page stays the root
    };
    QHash<QString, int> byUrl;
    QHash<QByteArray, int> byText;
    for (int i = 0; i < n; ++i) {
        const RecordSummary &s = summaries.at(i);
        if (const QString &url = urlKeys.at(i); !url.isEmpty()) {
            if (const auto it = byUrl.constFind(url); it != byUrl.cend())
                join(*it, i);
            else
                byUrl.insert(url, i);
        }
        if (!s.textKey.isEmpty()) {
            if (const auto it = byText.constFind(s.textKey); it != byText.cend())
                join(*it, i);
            else
                byText.insert(s.textKey, i);
        }
    }

    PageTwins twins;
    QHash<int, int> groupOfRoot;
    QList<int> size(n, 0);
    for (int i = 0; i < n; ++i)
        ++size[root(i)];
    for (int i = 0; i < n; ++i) {
        const int r = root(i);
        if (size[r] < 2)
            continue;
        auto it = groupOfRoot.find(r);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(r, int(twins.m_groups.size()));
            twins.m_groups.append(QStringList());
        }
        twins.m_groups[*it].append(summaries.at(i).id);
        twins.m_groupOf.insert(summaries.at(i).id, *it);
    }
    return twins;
}

QStringList PageTwins::twinsOf(const QString &id) const
{
    const auto it = m_groupOf.constFind(id);
    if (it == m_groupOf.cend())
        return {};
    QStringList others = m_groups.at(*it);
    others.removeOne(id);
    return others;
}

} // namespace galley
