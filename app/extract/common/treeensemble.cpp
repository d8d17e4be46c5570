// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/treeensemble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>
#include <utility>

namespace galley {

namespace {

// The model's table as plain arrays, whichever reader filled them.
struct TreeArrays
{
    std::vector<int> feature, left, right;
    std::vector<double> threshold, value;
};

struct ModelTable
{
    QStringList features;
    double bias = 0.0;
    std::vector<TreeArrays> trees;
};

// QJsonValue::toInt(-2) of a number: the integer when the number is one and fits an int.
int toIntOr(double number, int otherwise)
{
    if (number >= double(std::numeric_limits<int>::min()) &&
        number <= double(std::numeric_limits<int>::max()) && std::trunc(number) == number)
        return int(number);
    return otherwise;
}

// QJsonDocument builds a tree of every number of the 60 KB headline model before the engine reads
// one (9.6 M instructions, a quarter of what a process reading one text dump spends). This reader
// takes the table's exact shape in one pass; anything else (escapes in a name, a value of another
// type, bytes beyond ASCII, any syntax error) makes it give up, and fromJson reads the table through
// QJsonDocument as before, errors and all. Numbers are read as Qt reads them: an integer literal as a
// 64-bit integer, anything else as the nearest double.
class ModelReader
{
public:
    explicit ModelReader(const QByteArray &json)
        : m_at(json.constData()), m_end(json.constData() + json.size())
    {}

    bool read(ModelTable *table)
    {
        for (const char *c = m_at; c != m_end; ++c) {
            if (uchar(*c) >= 0x80)
                return false;
        }
        // A key the engine reads given twice: which one QJsonDocument keeps is its business.
        bool seen[3] = {};
        const auto once = [&](int k) { return !std::exchange(seen[k], true); };
        bool ok = object([&](std::string_view key) {
            if (key == "features")
                return once(0) && stringArray(&table->features);
            if (key == "bias")
                return once(1) && number(&table->bias);
            if (key == "trees")
                return once(2) && trees(&table->trees);
            return skipValue(0);
        });
        space();
        return ok && m_at == m_end;
    }

private:
    void space()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        space();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    bool peek(char c)
    {
        space();
        return m_at != m_end && *m_at == c;
    }

    // '{' key ':' value, ... '}', each value read by `member`.
    template<typename Member> bool object(Member member)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            std::string_view key;
            if (!plainString(&key) || !take(':') || !member(key))
                return false;
        } while (take(','));
        return take('}');
    }

    template<typename Element> bool array(Element element)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (take(','));
        return take(']');
    }

    // A string without escapes or control characters.
    bool plainString(std::string_view *out) { return string(out, false); }

    // A string, its bytes between the quotes into `out`; with `escapes` false, one makes it fail.
    bool string(std::string_view *out, bool escapes)
    {
        if (!take('"'))
            return false;
        const char *from = m_at;
        while (m_at != m_end && *m_at != '"') {
            if (uchar(*m_at) < 0x20)
                return false;
            if (*m_at == '\\') {
                if (!escapes || ++m_at == m_end || !std::strchr("\"\\/bfnrtu", *m_at))
                    return false;
                if (*m_at == 'u') {
                    for (int k = 0; k < 4; ++k) {
                        if (++m_at == m_end || !std::isxdigit(uchar(*m_at)))
                            return false;
                    }
                }
            }
            ++m_at;
        }
        if (m_at == m_end)
            return false;
        *out = std::string_view(from, std::size_t(m_at - from));
        ++m_at;
        return true;
    }

    bool number(double *out)
    {
        space();
        const char *from = m_at;
        const char *c = m_at;
        // JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        const auto digits = [&] {
            const char *d = c;
            while (c != m_end && *c >= '0' && *c <= '9')
                ++c;
            return c != d;
        };
        if (c != m_end && *c == '-')
            ++c;
        if (c != m_end && *c == '0')
            ++c;
        else if (!digits())
            return false;
        bool integer = true;
        if (c != m_end && *c == '.') {
            ++c;
            integer = false;
            if (!digits())
                return false;
        }
        if (c != m_end && (*c == 'e' || *c == 'E')) {
            ++c;
            integer = false;
            if (c != m_end && (*c == '+' || *c == '-'))
                ++c;
            if (!digits())
                return false;
        }
        if (integer) {
            qint64 n = 0;
            const auto [end, error] = std::from_chars(from, c, n);
            if (error != std::errc() || end != c)
                return false; // beyond 64 bits: Qt reads a double, leave it to Qt
            *out = double(n);
        } else {
            const auto [end, error] = std::from_chars(from, c, *out);
            if (error != std::errc() || end != c)
                return false;
        }
        m_at = c;
        return true;
    }

    bool stringArray(QStringList *out)
    {
        out->clear();
        return array([&] {
            std::string_view s;
            if (!plainString(&s))
                return false;
            out->append(QString::fromLatin1(s.data(), qsizetype(s.size())));
            return true;
        });
    }

    bool numberArray(std::vector<double> *out)
    {
        out->clear();
        return array([&] {
            double d = 0.0;
            if (!number(&d))
                return false;
            out->push_back(d);
            return true;
        });
    }

    bool intArray(std::vector<int> *out)
    {
        std::vector<double> numbers;
        if (!numberArray(&numbers))
            return false;
        out->clear();
        out->reserve(numbers.size());
        for (const double d : numbers)
            out->push_back(toIntOr(d, -2));
        return true;
    }

    bool trees(std::vector<TreeArrays> *out)
    {
        out->clear();
        return array([&] {
            TreeArrays tree;
            bool seen[5] = {};
            const auto once = [&](int k) { return !std::exchange(seen[k], true); };
            const bool ok = object([&](std::string_view key) {
                if (key == "feature")
                    return once(0) && intArray(&tree.feature);
                if (key == "threshold")
                    return once(1) && numberArray(&tree.threshold);
                if (key == "left")
                    return once(2) && intArray(&tree.left);
                if (key == "right")
                    return once(3) && intArray(&tree.right);
                if (key == "value")
                    return once(4) && numberArray(&tree.value);
                return skipValue(0);
            });
            out->push_back(std::move(tree));
            return ok;
        });
    }

    // Any value the engine does not read (the "comment"), checked as JSON.
    bool skipValue(int depth)
    {
        if (depth > 32)
            return false;
        space();
        if (m_at == m_end)
            return false;
        if (*m_at == '{')
            return object([&](std::string_view) { return skipValue(depth + 1); });
        if (*m_at == '[')
            return array([&] { return skipValue(depth + 1); });
        if (*m_at == '"') {
            std::string_view ignored;
            return string(&ignored, true);
        }
        for (const std::string_view word : {"true", "false", "null"}) {
            if (std::size_t(m_end - m_at) >= word.size() && std::string_view(m_at, word.size()) == word) {
                m_at += word.size();
                return true;
            }
        }
        double ignored = 0.0;
        return number(&ignored);
    }

    const char *m_at;
    const char *const m_end;
};

// The table through QJsonDocument: the reference reading, and the one that explains a bad table.
bool readWithQt(const QByteArray &json, ModelTable *table, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    for (const QJsonValue &name : object.value(QLatin1String("features")).toArray())
        table->features.append(name.toString());
    table->bias = object.value(QLatin1String("bias")).toDouble();
    const auto ints = [](const QJsonArray &a) {
        std::vector<int> out;
        for (const QJsonValue &v : a)
            out.push_back(v.toInt(-2));
        return out;
    };
    const auto doubles = [](const QJsonArray &a) {
        std::vector<double> out;
        for (const QJsonValue &v : a)
            out.push_back(v.toDouble());
        return out;
    };
    for (const QJsonValue &treeValue : object.value(QLatin1String("trees")).toArray()) {
        const QJsonObject tree = treeValue.toObject();
        table->trees.push_back(TreeArrays{ints(tree.value(QLatin1String("feature")).toArray()),
                                          ints(tree.value(QLatin1String("left")).toArray()),
                                          ints(tree.value(QLatin1String("right")).toArray()),
                                          doubles(tree.value(QLatin1String("threshold")).toArray()),
                                          doubles(tree.value(QLatin1String("value")).toArray())});
    }
    return true;
}

} // namespace

TreeEnsemble TreeEnsemble::fromJson(const QByteArray &json, const QStringList &expectedFeatures,
                                    QString *error)
{
    TreeEnsemble model;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return TreeEnsemble();
    };
    ModelTable table;
    if (!ModelReader(json).read(&table)) {
        table = ModelTable();
        QString why;
        if (!readWithQt(json, &table, &why))
            return fail(why);
    }
    const QStringList &names = table.features;
    if (names.size() != expectedFeatures.size())
        return fail(QStringLiteral("it has %1 features, the engine computes %2")
                        .arg(names.size())
                        .arg(expectedFeatures.size()));
    for (qsizetype f = 0; f < names.size(); ++f) {
        if (names[f] != expectedFeatures[f])
            return fail(QStringLiteral("feature %1 is \"%2\", the engine's is \"%3\"")
                            .arg(f)
                            .arg(names[f], expectedFeatures[f]));
    }
    model.m_bias = table.bias;
    const int featureCount = int(expectedFeatures.size());
    for (const TreeArrays &tree : table.trees) {
        const std::size_t n = tree.feature.size();
        if (n == 0 || tree.threshold.size() != n || tree.left.size() != n || tree.right.size() != n ||
            tree.value.size() != n)
            return fail(QStringLiteral("tree %1 has arrays of different lengths").arg(model.m_roots.size()));
        const int base = int(model.m_nodes.size());
        model.m_roots.push_back(base);
        for (std::size_t k = 0; k < n; ++k) {
            const int f = tree.feature[k];
            const int l = tree.left[k];
            const int r = tree.right[k];
            // Children come after their parent (scikit-learn numbers nodes depth first), so a walk
            // always ends at a leaf.
            const bool leaf = f == -1;
            const int size = int(n);
            if (!leaf && (f < 0 || f >= featureCount || l <= int(k) || r <= int(k) || l >= size || r >= size))
                return fail(
                    QStringLiteral("tree %1, node %2 is malformed").arg(model.m_roots.size() - 1).arg(k));
            model.m_nodes.push_back(
                Node{f, tree.threshold[k], leaf ? -1 : base + l, leaf ? -1 : base + r, tree.value[k]});
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
