// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

class Hunspell;

namespace galley {

/// A misspelt word's place in a text (UTF-16 offsets).
struct MisspeltWord
{
    qsizetype start = 0;
    qsizetype length = 0;
};

/// Is this word spelt right: a thin wrapper around the system's Hunspell dictionaries (Debian puts them in
/// /usr/share/hunspell), plus the project's own words (app/project/projectwords.h). Not an editorial
/// rule: it only says what the dictionary says. One checker serves every field of the article pane, and
/// says changed() when its answers change (another dictionary, a word added), so fields re-check.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    static QString systemDictionaryFolder();

    explicit SpellChecker(const QString &dictionaryFolder = systemDictionaryFolder(),
                          QObject *parent = nullptr);
    ~SpellChecker() override;

    /// The dictionaries in `folder` ("de_DE", "en_US"), sorted: every NAME.dic with its NAME.aff.
    static QStringList installedDictionaries(const QString &folder);
    /// The dictionary for `language` (a code like "de" or "de_AT", or empty): the language's own
    /// (de_DE for "de"), else another of its regions, else en_US, else the first installed; empty when
    /// none is installed.
    static QString chooseDictionary(const QString &language, const QStringList &installed);

    /// Checks with the dictionary chooseDictionary() gives for `language` (nothing changes when it is the
    /// one in use).
    void setLanguage(const QString &language);
    /// The dictionary in use ("en_US"), empty when none could be loaded (then every word is right).
    QString dictionary() const { return m_dictionary; }

    /// The project whose own words count as right (empty: none, as for loose captures); `writable`
    /// says whether words can be added to it.
    void setProjectFolder(const QString &folder, bool writable);
    bool canAddWords() const { return !m_projectFolder.isEmpty() && m_writable; }
    /// Adds `word` to the project's words (saved in the project at once); false with `error` set when
    /// it could not be saved.
    bool addWord(const QString &word, QString *error);

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    /// The misspelt words of `text`, found with Unicode word boundaries (any script). Words of another
    /// script than the dictionary's (a Cyrillic name in an English article), and words with digits, are
    /// not checked.
    QList<MisspeltWord> misspelt(const QString &text) const;

Q_SIGNALS:
    void changed();

private:
    bool load(const QString &dictionary);
    bool checks(QStringView word) const;

    QString m_dictionaryFolder;
    QString m_dictionary;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_latin1 = false; ///< the dictionary's encoding: UTF-8 or ISO 8859-1 (others are not loaded)
    QChar::Script m_script = QChar::Script_Latin;
    QString m_projectFolder;
    bool m_writable = false;
    QSet<QString> m_projectWords;
};

} // namespace galley
