// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/datatable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace galley {

QJsonObject loadDataTable(const QString &name)
{
    const QString path = QStringLiteral(":/galley/data/%1.json").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("galley: data table %s is missing", qPrintable(path));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        qWarning("galley: data table %s: %s at offset %d", qPrintable(path), qPrintable(error.errorString()),
                 int(error.offset));
        return {};
    }
    return doc.object();
}

QStringList tableStrings(const QJsonObject &table, const QString &key, bool lower)
{
    QStringList out;
    const QJsonArray array = table.value(key).toArray();
    for (const QJsonValue &v : array) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out.append(lower ? s.toLower() : s);
    }
    return out;
}

namespace {

// One step of a table entry in a pattern: a character (a surrogate pair counts as one), or a space,
// which stands for any run of white space in the page.
QString patternUnit(QStringView word, qsizetype *i)
{
    if (word[*i] == u' ') {
        ++*i;
        return QStringLiteral("\\s+");
    }
    const qsizetype length = word[*i].isHighSurrogate() && *i + 1 < word.size() ? 2 : 1;
    const QString unit = QRegularExpression::escape(word.mid(*i, length));
    *i += length;
    return unit;
}

// The entries as a prefix tree: "(?:associated press|agence france-presse|afp)" becomes
// "(?:a(?:ssociated\s+press|gence...|fp))". PCRE tries the branches of an alternation one by one at
// each position of the subject; factored, a position costs a test per distinct first character
// instead of one per entry. Same matches: entries sharing a prefix keep their order (longest first)
// and the end of a shorter entry comes after every longer continuation.
struct PrefixTree
{
    QString unit; // empty at the root
    std::vector<PrefixTree> children;
    bool end = false;

    void insert(QStringView word, qsizetype i)
    {
        if (i == word.size()) {
            end = true;
            return;
        }
        QString next = patternUnit(word, &i);
        for (PrefixTree &child : children) {
            if (child.unit == next) {
                child.insert(word, i);
                return;
            }
        }
        children.push_back({std::move(next), {}, false});
        children.back().insert(word, i);
    }

    QString pattern() const
    {
        QStringList branches;
        for (const PrefixTree &child : children)
            branches.append(child.unit + child.pattern());
        if (branches.isEmpty())
            return {};
        if (end)
            branches.append(QString());
        if (branches.size() == 1)
            return branches.front();
        return QStringLiteral("(?:%1)").arg(branches.join(QLatin1Char('|')));
    }
};

} // namespace

QString alternation(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    words.removeDuplicates();
    PrefixTree root;
    for (const QString &w : std::as_const(words))
        root.insert(w, 0);
    // The root's branches are the caller's alternation: no group of its own around them.
    QStringList branches;
    for (const PrefixTree &child : root.children)
        branches.append(child.unit + child.pattern());
    return branches.join(QLatin1Char('|'));
}

} // namespace galley
