// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectwords.h"

#include "project/atomicfile.h"

#include <QDir>
#include <QFileInfo>

namespace galley {

namespace {

QString wordsPath(const QString &projectDir)
{
    return QDir(projectDir).absoluteFilePath(QLatin1String(kProjectWordsFile));
}

} // namespace

bool readProjectWords(const QString &projectDir, QStringList *words, ProjectError *error)
{
    words->clear();
    const QString path = wordsPath(projectDir);
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return true;
    QByteArray data;
    if (!readWholeFile(path, &data, error))
        return false;
    for (const QString &line : QString::fromUtf8(data).split(QLatin1Char('\n'))) {
        const QString word = line.trimmed();
        if (!word.isEmpty())
            words->append(word);
    }
    return true;
}

bool addProjectWord(const QString &projectDir, const QString &word, ProjectError *error)
{
    const QString path = wordsPath(projectDir);
    if (word.isEmpty() || word.trimmed() != word || word.contains(QLatin1Char('\n')) ||
        word.contains(QLatin1Char('\r')))
        return fail(error,
                    {ProjectError::Invalid, path, {}, QStringLiteral("not a single word: \"%1\"").arg(word)});
    QStringList words;
    if (!readProjectWords(projectDir, &words, error))
        return false;
    if (words.contains(word))
        return true;
    words.append(word);
    words.sort();
    return writeFileAtomically(path, (words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), error);
}

} // namespace galley
