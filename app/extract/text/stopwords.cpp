// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/stopwords.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace galley {

namespace {

QList<std::pair<QString, QStringList>> loadBuiltinTables()
{
    QList<std::pair<QString, QStringList>> tables;
    const QDir dir(QStringLiteral(":/galley/data/stopwords"));
    // No name filter: QDir turns one into a regular expression, compiled for this one listing.
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) // as the wildcard "*.txt" matched
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The file decoded once and cut into lines as views ('\n' is never inside a UTF-8 sequence).
        const QString text = QString::fromUtf8(file.readAll());
        QStringList words;
        for (const QStringView line : QStringView(text).split(u'\n')) {
            const QStringView word = line.trimmed();
            if (!word.isEmpty())
                words.append(word.toString().toLower());
        }
        tables.append({name.chopped(4), words});
    }
    return tables;
}

} // namespace

const StopWords &StopWords::builtin()
{
    static const StopWords instance(loadBuiltinTables());
    return instance;
}

StopWords::StopWords(const QList<std::pair<QString, QStringList>> &tables)
{
    QHash<QString, quint32> merged;
    for (const auto &[code, words] : tables) {
        if (m_languages.size() >= 32)
            break;
        const quint32 bit = 1u << m_languages.size();
        m_languages.append(code);
        for (const QString &word : words) {
            merged[word] |= bit;
            m_maxWordLength = qMax(m_maxWordLength, word.size());
        }
    }
    std::vector<std::pair<quint32, Entry>> keyed; // (filterKey, entry)
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        const QString &word = it.key();
        keyed.push_back({filterKey(word), {quint32(m_chars.size()), word.size(), it.value()}});
        m_chars.append(reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()));
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_bucketStart.assign((size_t(1) << KeyBits) + 1, 0);
    for (const auto &[key, entry] : keyed) {
        m_entries.push_back(entry);
        ++m_bucketStart[key + 1];
    }
    for (size_t k = 1; k < m_bucketStart.size(); ++k)
        m_bucketStart[k] += m_bucketStart[k - 1];
}

} // namespace galley
