// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/spellchecker.h"

#include "project/projectwords.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextBoundaryFinder>
#include <hunspell.hxx>

namespace galley {

namespace {

// The script most of the dictionary's letters are in: the aff file's TRY line lists the letters its
// suggestions try, the language's alphabet.
QChar::Script dictionaryScript(const QString &affPath, bool latin1)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return QChar::Script_Latin;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith("TRY "))
            continue;
        const QString letters = latin1 ? QString::fromLatin1(line.mid(4)) : QString::fromUtf8(line.mid(4));
        QHash<QChar::Script, int> counts;
        for (const QChar c : letters) {
            if (c.isLetter())
                ++counts[c.script()];
        }
        QChar::Script best = QChar::Script_Latin;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(best))
                best = it.key();
        }
        return best;
    }
    return QChar::Script_Latin;
}

} // namespace

QString SpellChecker::systemDictionaryFolder()
{
    return QStringLiteral("/usr/share/hunspell");
}

SpellChecker::SpellChecker(const QString &dictionaryFolder, QObject *parent)
    : QObject(parent), m_dictionaryFolder(dictionaryFolder)
{
    setLanguage(QString());
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::installedDictionaries(const QString &folder)
{
    const QDir dir(folder);
    QStringList names;
    for (const QString &dic : dir.entryList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable)) {
        const QString name = dic.chopped(4);
        if (dir.exists(name + QStringLiteral(".aff")))
            names << name;
    }
    names.sort();
    return names;
}

QString SpellChecker::chooseDictionary(const QString &language, const QStringList &installed)
{
    QString code = language;
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = code.section(QLatin1Char('_'), 0, 0).toLower();
    if (!base.isEmpty()) {
        if (installed.contains(code))
            return code;
        const QString own = base + QLatin1Char('_') + base.toUpper(); // de_DE, fr_FR
        if (installed.contains(own))
            return own;
        for (const QString &name : installed) {
            if (name == base || name.startsWith(base + QLatin1Char('_')))
                return name;
        }
    }
    if (installed.contains(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    return installed.value(0);
}

void SpellChecker::setLanguage(const QString &language)
{
    const QString name = chooseDictionary(language, installedDictionaries(m_dictionaryFolder));
    if (name == m_dictionary && (m_hunspell || name.isEmpty()))
        return;
    if (!load(name)) {
        m_hunspell.reset();
        m_dictionary.clear();
    }
    Q_EMIT changed();
}

bool SpellChecker::load(const QString &dictionary)
{
    if (dictionary.isEmpty())
        return false;
    const QDir dir(m_dictionaryFolder);
    const QString aff = dir.filePath(dictionary + QStringLiteral(".aff"));
    const QString dic = dir.filePath(dictionary + QStringLiteral(".dic"));
    auto hunspell =
        std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    const QString encoding = QString::fromStdString(hunspell->get_dict_encoding()).toUpper();
    const bool latin1 = encoding == u"ISO8859-1" || encoding == u"ISO-8859-1";
    if (encoding != u"UTF-8" && !latin1)
        return false; // an encoding QtCore cannot convert without ICU: better no checking than noise
    m_hunspell = std::move(hunspell);
    m_latin1 = latin1;
    m_dictionary = dictionary;
    m_script = dictionaryScript(aff, latin1);
    return true;
}

void SpellChecker::setProjectFolder(const QString &folder, bool writable)
{
    if (folder == m_projectFolder && writable == m_writable)
        return;
    m_writable = writable;
    if (folder != m_projectFolder) {
        m_projectFolder = folder;
        QStringList words;
        if (!folder.isEmpty())
            readProjectWords(folder, &words, nullptr); // an unreadable list only means fewer words
        m_projectWords = QSet<QString>(words.cbegin(), words.cend());
        Q_EMIT changed();
    }
}

bool SpellChecker::addWord(const QString &word, QString *error)
{
    if (!canAddWords()) {
        if (error)
            *error = tr("Words can only be added to the dictionary of a project open for editing.");
        return false;
    }
    ProjectError failure;
    if (!addProjectWord(m_projectFolder, word, &failure)) {
        if (error)
            *error = failure.toString();
        return false;
    }
    m_projectWords.insert(word);
    Q_EMIT changed();
    return true;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || m_projectWords.contains(word))
        return true;
    return m_hunspell->spell(m_latin1 ? word.toLatin1().toStdString() : word.toStdString());
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &s :
         m_hunspell->suggest(m_latin1 ? word.toLatin1().toStdString() : word.toStdString()))
        result << (m_latin1 ? QString::fromLatin1(s.data(), qsizetype(s.size())) : QString::fromStdString(s));
    return result;
}

bool SpellChecker::checks(QStringView word) const
{
    bool letters = false;
    for (const QChar c : word) {
        if (c.isDigit())
            return false;
        if (c.isLetter()) {
            if (c.script() != m_script)
                return false;
            letters = true;
        }
    }
    return letters;
}

QList<MisspeltWord> SpellChecker::misspelt(const QString &text) const
{
    QList<MisspeltWord> words;
    if (!m_hunspell)
        return words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            const QStringView word = QStringView(text).mid(start, end - start);
            if (checks(word) && !isCorrect(word.toString()))
                words.append({start, end - start});
        }
        start = end;
    }
    return words;
}

} // namespace galley
