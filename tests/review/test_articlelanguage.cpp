// SPDX-License-Identifier: GPL-3.0-or-later
// The article's language (the spell checker's dictionary comes from it): the stop-word vote over the
// headline, captions and body.
#include "review/articlelanguage.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(galley::Article)

class TestArticleLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageOfTheText_data();
    void languageOfTheText();
};

namespace {

Article article(const QString &headline, const QStringList &paragraphs, const QString &caption = {})
{
    Article a;
    a.headline = headline;
    for (const QString &p : paragraphs)
        a.body.append({BlockKind::Paragraph, p});
    if (!caption.isEmpty())
        a.images.append({u"a.jpg"_s, caption, {}});
    return a;
}

} // namespace

void TestArticleLanguage::languageOfTheText_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << article(u"Council approves the harbour plan"_s,
                                        {u"The council met on Tuesday and the members agreed that the quay "
                                         "would be rebuilt before the summer."_s})
                             << u"en"_s;
    QTest::newRow("german") << article(u"Stadtrat beschließt den Hafenplan"_s,
                                       {u"Der Rat hat am Dienstag beschlossen, dass die Kaimauer bis zum "
                                        "Sommer erneuert wird und die Fähre wieder fährt."_s})
                            << u"de"_s;
    QTest::newRow("caption counts") << article(u"Hafen"_s, {}, u"Die Fähre und der Hafen am Abend"_s)
                                    << u"de"_s;
    QTest::newRow("no table: greek") << article(u"Το λιμάνι"_s, {u"Το συμβούλιο αποφάσισε σήμερα."_s})
                                     << QString();
    QTest::newRow("empty") << Article() << QString();
}

void TestArticleLanguage::languageOfTheText()
{
    QFETCH(Article, article);
    QFETCH(QString, language);
    QCOMPARE(articleLanguage(article), language);
}

QTEST_GUILESS_MAIN(TestArticleLanguage)
#include "test_articlelanguage.moc"
