// SPDX-License-Identifier: GPL-3.0-or-later
// The project's spelling words (dictionary.txt): read back as added, sorted, never a second copy, bad
// words refused, and a damaged file reported with its path.
#include "project/projectwords.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class TestProjectWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedWordsAreReadBack();
    void badWordsAreRefused();
    void aLinkIsNotFollowed();
};

void TestProjectWords::addedWordsAreReadBack()
{
    QTemporaryDir dir;
    QStringList words{u"stale"_s};
    QVERIFY(readProjectWords(dir.path(), &words, nullptr)); // no file: no words
    QVERIFY(words.isEmpty());
    QVERIFY(addProjectWord(dir.path(), u"Qwenbury"_s, nullptr));
    QVERIFY(addProjectWord(dir.path(), u"Ängelholm"_s, nullptr));
    QVERIFY(addProjectWord(dir.path(), u"Qwenbury"_s, nullptr)); // already there
    QVERIFY(addProjectWord(dir.path(), u"Bexholt"_s, nullptr));
    QVERIFY(readProjectWords(dir.path(), &words, nullptr));
    QCOMPARE(words, (QStringList{u"Bexholt"_s, u"Qwenbury"_s, u"Ängelholm"_s}));
    QFile file(dir.filePath(QLatin1String(kProjectWordsFile)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), u"Bexholt\nQwenbury\nÄngelholm\n"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QLatin1String(kProjectWordsFile)});
}

void TestProjectWords::badWordsAreRefused()
{
    QTemporaryDir dir;
    for (const QString &bad : {QString(), u" padded"_s, u"two\nlines"_s}) {
        ProjectError error;
        QVERIFY(!addProjectWord(dir.path(), bad, &error));
        QCOMPARE(error.kind, ProjectError::Invalid);
        QVERIFY(error.path.endsWith(QLatin1String(kProjectWordsFile)));
    }
    QVERIFY(!QFile::exists(dir.filePath(QLatin1String(kProjectWordsFile))));
}

void TestProjectWords::aLinkIsNotFollowed()
{
    // A dictionary.txt that links outside the project is neither read nor written through.
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString target = outside.filePath(u"words.txt"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    QVERIFY(QFile::link(target, dir.filePath(QLatin1String(kProjectWordsFile))));
    QStringList words;
    ProjectError error;
    QVERIFY(!readProjectWords(dir.path(), &words, &error));
    QVERIFY2(error.path.endsWith(QLatin1String(kProjectWordsFile)), qPrintable(error.toString()));
    QVERIFY(!addProjectWord(dir.path(), u"Qwenbury"_s, &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("secret\n"));
}

QTEST_GUILESS_MAIN(TestProjectWords)
#include "test_projectwords.moc"
