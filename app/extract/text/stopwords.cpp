// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/stopwords.h"

#include <QDir>
#include <QFile>

namespace galley {

namespace {

QList<std::pair<QString, QStringList>> loadBuiltinTables()
{
    QList<std::pair<QString, QStringList>> tables;
    const QDir dir(QStringLiteral(":/galley/data/stopwords"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QStringList words;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed().toLower();
            if (!word.isEmpty())
                words.append(word);
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
    for (const auto &[code, words] : tables) {
        if (m_languages.size() >= 32)
            break;
        const quint32 bit = 1u << m_languages.size();
        m_languages.append(code);
        for (const QString &word : words) {
            m_table[word] |= bit;
            const quint32 key = filterKey(word);
            m_filter[key >> 6] |= quint64(1) << (key & 63);
            m_maxWordLength = qMax(m_maxWordLength, word.size());
        }
    }
}

} // namespace galley
