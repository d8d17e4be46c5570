// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/datatable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

// One step of a table entry in a pattern: a character, a high surrogate with the unit after it, or a
// space, which stands for any run of white space in the page. Kept as a number while the tree is built
// (comparing numbers, not escaped strings, is what makes building the tables cheap at start-up) and
// written out escaped as QRegularExpression::escape() writes it.
using Unit = quint32;
constexpr Unit SpaceUnit = 0xFFFFFFFFu;

Unit takeUnit(QStringView word, qsizetype *i)
{
    const char16_t c = word[*i].unicode();
    if (c == u' ') {
        ++*i;
        return SpaceUnit;
    }
    if (QChar::isHighSurrogate(c) && *i + 1 < word.size()) {
        const Unit pair = (Unit(c) << 16) | word[*i + 1].unicode();
        *i += 2;
        return pair;
    }
    ++*i;
    return c;
}

bool isPlainPatternChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

void appendUnit(Unit unit, QString *out)
{
    if (unit == SpaceUnit) {
        out->append(QLatin1StringView("\\s+"));
    } else if (unit > 0xFFFF) { // a high surrogate and the unit after it
        out->append(u'\\');
        out->append(QChar(char16_t(unit >> 16)));
        out->append(QChar(char16_t(unit & 0xFFFF)));
    } else if (unit == 0) {
        out->append(QLatin1StringView("\\0"));
    } else {
        if (!isPlainPatternChar(char16_t(unit)))
            out->append(u'\\');
        out->append(QChar(char16_t(unit)));
    }
}

// The entries as a prefix tree: "(?:associated press|agence france-presse|afp)" becomes
// "(?:a(?:ssociated\s+press|gence...|fp))". PCRE tries the branches of an alternation one by one at
// each position of the subject; factored, a position costs a test per distinct first character
// instead of one per entry. Same matches: entries sharing a prefix keep their order (longest first)
// and the end of a shorter entry comes after every longer continuation.
struct PrefixTree
{
    Unit unit = 0; // unused at the root
    std::vector<PrefixTree> children;
    bool end = false;

    void insert(QStringView word, qsizetype i)
    {
        if (i == word.size()) {
            end = true;
            return;
        }
        const Unit next = takeUnit(word, &i);
        for (PrefixTree &child : children) {
            if (child.unit == next) {
                child.insert(word, i);
                return;
            }
        }
        children.push_back({next, {}, false});
        children.back().insert(word, i);
    }

    // The branches of this node's children, each a unit and what follows it, grouped when there is
    // more than one branch (the end of an entry here is an empty last branch).
    void appendPattern(QString *out) const
    {
        if (children.empty())
            return;
        const bool group = children.size() + (end ? 1 : 0) > 1;
        if (group)
            out->append(QLatin1StringView("(?:"));
        appendBranches(out);
        if (end)
            out->append(u'|');
        if (group)
            out->append(u')');
    }

    void appendBranches(QString *out) const
    {
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (i > 0)
                out->append(u'|');
            appendUnit(children[i].unit, out);
            children[i].appendPattern(out);
        }
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
    qsizetype length = 0;
    for (const QString &w : std::as_const(words)) {
        root.insert(w, 0);
        length += w.size();
    }
    // The root's branches are the caller's alternation: no group of its own around them.
    QString out;
    out.reserve(length * 2);
    root.appendBranches(&out);
    return out;
}

} // namespace galley
