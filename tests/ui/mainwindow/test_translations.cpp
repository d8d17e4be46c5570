// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: the translation compiled from resources/translations/galley_de.ts is loaded for
// a German locale, and menus, actions, dialogs and the engine's field messages read German. English
// needs only its plural forms (resources/translations/galley_en.ts). That both catalogues are
// current with the sources is checked by the translations_current test (check_translations.cmake).
#include "../guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"
#include "record/fieldform.h"
#include "review/corrections.h"
#include "review/fieldchecks.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QTest>
#include <QXmlStreamReader>

using namespace galley;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolate(m_settings, u"test_translations"_s); }
    void everyStringOfTheCatalogIsTranslated();
    void englishNeedsNoTranslation();
    void germanWindow();

private:
    QTemporaryDir m_settings;
};

void TestTranslations::everyStringOfTheCatalogIsTranslated()
{
    QFile file(galley::test::sourceDir() + QStringLiteral("/resources/translations/galley_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader ts(&file);
    int messages = 0;
    QString context, source;
    QStringList untranslated;
    while (!ts.atEnd()) {
        if (ts.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (ts.name() == u"name")
            context = ts.readElementText();
        else if (ts.name() == u"source")
            source = ts.readElementText();
        else if (ts.name() == u"translation") {
            ++messages;
            const bool unfinished = ts.attributes().value(u"type"_s) == u"unfinished";
            // A plural message holds one <numerusform> per plural form instead of text.
            QStringList forms;
            while (ts.readNext() != QXmlStreamReader::EndElement || ts.name() != u"translation") {
                if (ts.isCharacters() && !ts.isWhitespace())
                    forms.append(ts.text().toString());
                else if (ts.isStartElement() && ts.name() == u"numerusform")
                    forms.append(ts.readElementText());
                if (ts.atEnd())
                    break;
            }
            if (forms.isEmpty() || forms.contains(QString()) || unfinished)
                untranslated.append(context + u": "_s + source);
        }
    }
    QVERIFY2(!ts.hasError(), qPrintable(ts.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
}

void TestTranslations::englishNeedsNoTranslation()
{
    // A language Galley has no catalogue for reads English, with English plural forms.
    QVERIFY(!installTranslations(QLocale(QLocale::Swahili, QLocale::Kenya)));
    QCOMPARE(QCoreApplication::translate("galley::ImportRate", "%n page(s)", nullptr, 1), u"1 page"_s);
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("galley::ImportRate", "%n page(s)", nullptr, 1), u"1 page"_s);
    QCOMPARE(QCoreApplication::translate("galley::ImportRate", "%n page(s)", nullptr, 3), u"3 pages"_s);
    QCOMPARE(QCoreApplication::translate("galley::RulesView", "%n proposed rule(s)", nullptr, 1),
             u"1 proposed rule"_s);
}

void TestTranslations::germanWindow()
{
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    MainWindow window;
    QStringList menus;
    for (const QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Prüfung"_s, u"&Ansicht"_s, u"Re&geln"_s,
                                 u"&Hilfe"_s}));
    QCOMPARE(window.findChild<QAction *>(u"actionExport"_s)->text(), u"&Exportieren…"_s);
    QCOMPARE(window.findChild<QAction *>(u"actionAbout"_s)->text(), u"&Über Galley"_s);
    // Plural forms in German, over the English ones installed beneath them.
    QCOMPARE(QCoreApplication::translate("galley::ImportRate", "%n page(s)", nullptr, 1), u"1 Seite"_s);
    QCOMPARE(QCoreApplication::translate("galley::ImportRate", "%n page(s)", nullptr, 2), u"2 Seiten"_s);
    // Strings of helper functions outside a class (lupdate files them under the namespace).
    QCOMPARE(QCoreApplication::translate("galley::FieldStyle", "Headline"), u"Überschrift"_s);
    // The engine's field names and warnings, translated when shown.
    QCOMPARE(corrections::fieldLabel(FieldPath(Field::Headline)), u"Überschrift"_s);
    QCOMPARE(corrections::fieldLabel(FieldPath::item(Field::Images, 0, Member::Credit)), u"Bildnachweis"_s);
    const QList<FieldWarning> warnings = fieldWarnings(Article(), Vocabulary());
    QVERIFY(!warnings.isEmpty());
    QCOMPARE(warnings.first().message, u"Keine Überschrift"_s);
    // The engine's field messages the window shows.
    Article article;
    article.published = u"gestern"_s;
    const QList<fieldform::FieldProblem> problems = fieldform::formProblems(article);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.startsWith(u"Kein Datum"_s), qPrintable(problems.first().message));
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
