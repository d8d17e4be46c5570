// SPDX-License-Identifier: GPL-3.0-or-later
// The alternation built from a data table's entries: factored as a prefix tree for speed, it must
// match exactly what the plain alternation of the entries (longest first) matches.
#include "extract/common/datatable.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace galley;
using namespace Qt::StringLiterals;

class TestDataTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternationMatchesPlainList_data();
    void alternationMatchesPlainList();
    void alternationShape();
};

namespace {

// The alternation as it was written before it was factored: each entry escaped, longest first.
QString plainAlternation(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    words.removeDuplicates();
    for (QString &w : words)
        w = QRegularExpression::escape(w).replace(u"\\ "_s, u"\\s+"_s);
    return words.join(u'|');
}

const QStringList Entries{u"by"_s,
                          u"written by"_s,
                          u"photo"_s,
                          u"photos"_s,
                          u"photo by"_s,
                          u"AP"_s,
                          u"AP Photo"_s,
                          u"AFP"_s,
                          u"a.f.p."_s,
                          u"Associated Press"_s,
                          u"Reuters"_s,
                          u"dpa"_s,
                          u"Agence France-Presse"_s,
                          u"Foto von"_s,
                          u"fotó"_s,
                          u"©"_s,
                          u"(c)"_s,
                          u"😀 news"_s,
                          u"by"_s};

} // namespace

void TestDataTable::alternationMatchesPlainList_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("caseless");
    const QStringList subjects{u"Storm damage. AP Photo/Jane Roe"_s,
                               u"written   by the desk, photos by Reuters"_s,
                               u"Foto von Max Muster (c) dpa"_s,
                               u"ap photo by AFP and a.f.p. of Agence France-Presse"_s,
                               u"© fotó 😀  news by"_s,
                               u"nothing to see here"_s};
    for (const QString &s : subjects) {
        QTest::addRow("%s", qPrintable(s)) << s << false;
        QTest::addRow("caseless: %s", qPrintable(s)) << s << true;
    }
}

void TestDataTable::alternationMatchesPlainList()
{
    QFETCH(QString, subject);
    QFETCH(bool, caseless);
    const auto options =
        QRegularExpression::UseUnicodePropertiesOption |
        (caseless ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    const QRegularExpression factored(u"(?:%1)"_s.arg(alternation(Entries)), options);
    const QRegularExpression plain(u"(?:%1)"_s.arg(plainAlternation(Entries)), options);
    QVERIFY2(factored.isValid(), qPrintable(factored.errorString()));
    QStringList got, expected;
    for (auto it = factored.globalMatch(subject); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        got.append(u"%1:%2"_s.arg(m.capturedStart()).arg(m.captured()));
    }
    for (auto it = plain.globalMatch(subject); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        expected.append(u"%1:%2"_s.arg(m.capturedStart()).arg(m.captured()));
    }
    QCOMPARE(got, expected);
}

void TestDataTable::alternationShape()
{
    // Shared prefixes are factored; a shorter entry comes after its longer continuations.
    QCOMPARE(alternation({u"photo"_s, u"photos"_s, u"by"_s}), u"photo(?:s|)|by"_s);
    QCOMPARE(alternation({u"a b"_s}), u"a\\s+b"_s);
    QCOMPARE(alternation({}), QString());
}

QTEST_GUILESS_MAIN(TestDataTable)
#include "test_datatable.moc"
