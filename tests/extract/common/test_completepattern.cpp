// SPDX-License-Identifier: GPL-3.0-or-later
// CompletePattern must find exactly what QRegularExpression finds (the agency table swapped one for
// the other to save compile time): same match, same group, from any offset, on subjects with
// surrogate pairs, lone surrogates (no match for either) and look-behinds before the offset.
#include "extract/common/completepattern.h"

#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>
#include <random>

using namespace galley;
using namespace Qt::StringLiterals;

class TestCompletePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameMatchesAsQRegularExpression_data();
    void sameMatchesAsQRegularExpression();
    void namedGroups();
    void sameGlobalMatchesAsQRegularExpression_data();
    void sameGlobalMatchesAsQRegularExpression();
    void manyGroups();
    void invalidPatternMatchesNothing();
    void sharedAcrossThreads();
};

namespace {

// Generated subjects from a small alphabet that exercises word boundaries, case, spaces, hyphens and
// UTF-16 pairs (and, now and then, a lone surrogate).
QStringList subjects()
{
    static const QStringList pieces = {u"AP"_s,     u"ap"_s,    u"Reuters"_s, u"TAP"_s,    u" "_s,
                                       u"-"_s,      u"the "_s,  u"Photo"_s,   u"\u00c9"_s, u"\U0001F600"_s,
                                       u"\xd83d"_s, u"staff"_s, u"."_s,       u"x"_s,      u"\u0301"_s};
    std::mt19937 random(19);
    QStringList out = {QString(), u"AP"_s, u"the AP photo"_s, u"TAP-AP ap"_s};
    for (int i = 0; i < 400; ++i) {
        QString s;
        const int n = int(random() % 8);
        for (int k = 0; k < n; ++k)
            s += pieces.at(qsizetype(random() % pieces.size()));
        out.append(s);
    }
    return out;
}

} // namespace

void TestCompletePattern::sameMatchesAsQRegularExpression_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("options");
    const int ucp = int(QRegularExpression::UseUnicodePropertiesOption);
    QTest::newRow("anywhere") << u"(?<![\\w-])(?:(?i:reuters)|AP)(?![\\w])"_s << ucp;
    QTest::newRow("at start") << u"^(?:(?i:reuters)|AP)(?![\\w])"_s << ucp;
    QTest::newRow("whole with group")
        << u"^\\W*(?:(?i:the)\\s+)?((?i:reuters)|AP)(?:\\s+(?i:photos?|staff))?\\W*$"_s << ucp;
    QTest::newRow("optional group") << u"(x)?AP"_s << 0;
    QTest::newRow("caseless option") << u"ap\\b"_s << int(QRegularExpression::CaseInsensitiveOption);
    QTest::newRow("several groups, some unset")
        << u"(?<who>AP|Reuters)(?:(-)|( ))?(?<what>(?i:staff|photo))?"_s << ucp;
    QTest::newRow("back reference") << u"(\\w)\\1"_s << ucp;
}

void TestCompletePattern::sameMatchesAsQRegularExpression()
{
    QFETCH(QString, pattern);
    QFETCH(int, options);
    const auto patternOptions = QRegularExpression::PatternOptions(options);
    const QRegularExpression reference(pattern, patternOptions);
    QVERIFY(reference.isValid());
    CompletePattern complete;
    complete.setPattern(pattern, patternOptions);
    int matches = 0;
    for (const QString &subject : subjects()) {
        for (qsizetype from = 0; from <= subject.size(); ++from) {
            const QRegularExpressionMatch expected = reference.match(QStringView(subject), from);
            const PatternMatch got = complete.match(subject, from);
            QCOMPARE(got.hasMatch(), expected.hasMatch());
            if (!expected.hasMatch())
                continue;
            ++matches;
            for (int group = 0; group <= reference.captureCount() + 1; ++group) {
                QCOMPARE(got.capturedStart(group), expected.capturedStart(group));
                QCOMPARE(got.capturedEnd(group), expected.capturedEnd(group));
                QCOMPARE(got.capturedView(group).isNull(), expected.capturedView(group).isNull());
                QCOMPARE(got.captured(group), expected.captured(group));
            }
        }
    }
    QVERIFY(matches > 0); // the generated subjects do reach the matching paths
}

void TestCompletePattern::namedGroups()
{
    const QString pattern = u"(?<agency>AP|Reuters)(?:/(?<name>\\w+))?"_s;
    const QRegularExpression reference(pattern);
    const CompletePattern complete(pattern, {});
    for (const QString &subject : {u"AP/Smith"_s, u"x Reuters"_s, u"none"_s}) {
        const QRegularExpressionMatch expected = reference.match(subject);
        const PatternMatch got = complete.match(subject);
        QCOMPARE(got.hasMatch(), expected.hasMatch());
        for (const QString &name : {u"agency"_s, u"name"_s, u"missing"_s}) {
            QCOMPARE(got.capturedStart(name), expected.capturedStart(name));
            QCOMPARE(got.capturedEnd(name), expected.capturedEnd(name));
            QCOMPARE(got.capturedLength(name), expected.capturedLength(name));
            QCOMPARE(got.captured(name), expected.captured(name));
        }
    }
    QCOMPARE(complete.groupNumber(u"name"), 2);
    QCOMPARE(complete.groupNumber(u"missing"), -1);
}

void TestCompletePattern::sameGlobalMatchesAsQRegularExpression_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("words") << u"(?<![\\w-])(?:(?i:reuters)|AP)(?![\\w])"_s;
    // Patterns that match empty strings: the iteration must step on as Qt's does.
    QTest::newRow("empty or more") << u"A*"_s;
    QTest::newRow("boundary") << u"\\b"_s;
    QTest::newRow("optional group") << u"(P)?"_s;
}

void TestCompletePattern::sameGlobalMatchesAsQRegularExpression()
{
    QFETCH(QString, pattern);
    const QRegularExpression reference(pattern, QRegularExpression::UseUnicodePropertiesOption);
    const CompletePattern complete(pattern, QRegularExpression::UseUnicodePropertiesOption);
    int matches = 0;
    for (const QString &subject : subjects()) {
        QRegularExpressionMatchIterator expected = reference.globalMatch(QStringView(subject));
        PatternMatchIterator got = complete.globalMatch(subject);
        while (expected.hasNext()) {
            QVERIFY(got.hasNext());
            const QRegularExpressionMatch e = expected.next();
            const PatternMatch g = got.next();
            QCOMPARE(g.capturedStart(0), e.capturedStart(0));
            QCOMPARE(g.capturedEnd(0), e.capturedEnd(0));
            QCOMPARE(g.capturedStart(1), e.capturedStart(1));
            ++matches;
        }
        QVERIFY(!got.hasNext());
    }
    QVERIFY(matches > 0);
}

void TestCompletePattern::manyGroups()
{
    // More groups than the thread's shared match block holds.
    QString pattern;
    QString subject;
    for (int i = 0; i < 40; ++i) {
        pattern += u"(x)?(y)"_s;
        subject += i % 3 == 0 ? u"xy"_s : u"y"_s;
    }
    const QRegularExpression reference(pattern);
    const CompletePattern complete(pattern, {});
    const QRegularExpressionMatch expected = reference.match(subject);
    const PatternMatch got = complete.match(subject);
    QVERIFY(expected.hasMatch());
    QVERIFY(got.hasMatch());
    for (int group = 0; group <= reference.captureCount(); ++group) {
        QCOMPARE(got.capturedStart(group), expected.capturedStart(group));
        QCOMPARE(got.capturedEnd(group), expected.capturedEnd(group));
    }
}

void TestCompletePattern::invalidPatternMatchesNothing()
{
    CompletePattern broken;
    broken.setPattern(u"(unclosed"_s, {});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"pattern does not compile"_s));
    QVERIFY(!broken.match(u"unclosed").hasMatch());
    QVERIFY(!broken.match(u"unclosed", 99).hasMatch()); // an offset past the end is no match either
}

void TestCompletePattern::sharedAcrossThreads()
{
    // One pattern, compiled by whichever thread matches first, used by many at once.
    CompletePattern shared;
    shared.setPattern(u"(?<![\\w-])(?:(?i:reuters)|AP)(?![\\w])"_s,
                      QRegularExpression::UseUnicodePropertiesOption);
    QList<int> inputs(64);
    std::iota(inputs.begin(), inputs.end(), 0);
    const QList<qsizetype> starts = QtConcurrent::blockingMapped(inputs, [&shared](int i) {
        const QString subject = QString(i, u'x') + u" reuters"_s;
        return shared.match(subject).capturedStart(0);
    });
    for (int i = 0; i < inputs.size(); ++i)
        QCOMPARE(starts.at(i), qsizetype(i + 1));
}

QTEST_GUILESS_MAIN(TestCompletePattern)
#include "test_completepattern.moc"
