// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <string>
#include <vector>

namespace galley {

/// Stop-word tables per language (resources/data/stopwords/<code>.txt, the Snowball lists shipped by
/// Debian's liblingua-stopwords-perl), merged into one table so a word costs one lookup however many
/// languages are loaded.
///
/// Stop-word density is the main prose signal of the text extractor: sentences are full of "the", "of",
/// "der", "que"; menus, bylines and credits are not. The language of a page is the table its words hit
/// most, so a German page is judged by German stop words.
class StopWords
{
public:
    /// The tables compiled into the engine (loaded once, thread-safe).
    static const StopWords &builtin();

    /// Builds the merged table from (language code, word list) pairs; at most 32 languages.
    explicit StopWords(const QList<std::pair<QString, QStringList>> &tables);

    int languageCount() const { return int(m_languages.size()); }
    QString languageCode(int language) const { return m_languages.value(language); }

    /// Bit i is set when `lowerWord` (already lower-cased) is a stop word of language i.
    quint32 languagesOf(QStringView lowerWord) const
    {
        // A flat table bucketed by a cheap key: most words of a page fall in an empty bucket, the
        // others compare with one or two entries.
        const quint32 key = filterKey(lowerWord);
        for (quint32 e = m_bucketStart[key]; e < m_bucketStart[key + 1]; ++e) {
            const Entry &entry = m_entries[e];
            if (entry.length == lowerWord.size() && sameChars(entry.offset, lowerWord))
                return entry.languages;
        }
        return 0;
    }

    /// The length of the longest stop word: longer words need no lookup.
    qsizetype maxWordLength() const { return m_maxWordLength; }

private:
    static constexpr int KeyBits = 12; // 4,096 buckets: a 16 KiB index that stays in cache

    static quint32 filterKey(QStringView w)
    {
        const quint32 n = quint32(w.size());
        const quint32 first = w.isEmpty() ? 0 : w.front().unicode();
        const quint32 second = n > 1 ? w[1].unicode() : 0;
        const quint32 last = w.isEmpty() ? 0 : w.back().unicode();
        return (n * 0x9E3779B1u ^ first * 0x85EBCA77u ^ second * 0xC2B2AE3Du ^ last * 0x27D4EB2Fu) >>
               (32 - KeyBits);
    }

    // Entries point into one pool of characters and are compared inline: a page asks for every
    // short word it has.
    struct Entry
    {
        quint32 offset = 0; ///< in m_chars
        qsizetype length = 0;
        quint32 languages = 0;
    };

    bool sameChars(quint32 offset, QStringView word) const
    {
        const char16_t *stored = m_chars.data() + offset;
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (stored[k] != word[k].unicode())
                return false;
        }
        return true;
    }

    QStringList m_languages;
    std::u16string m_chars;             ///< the stop words, one after the other
    std::vector<Entry> m_entries;       ///< sorted by filterKey()
    std::vector<quint32> m_bucketStart; ///< per key, its first entry; one more at the end
    qsizetype m_maxWordLength = 0;
};

} // namespace galley
