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
            QCOMPARE(got.start, expected.capturedStart(0));
            QCOMPARE(got.end, expected.capturedEnd(0));
            QCOMPARE(got.groupStart, reference.captureCount() > 0 ? expected.capturedStart(1) : -1);
            QCOMPARE(got.groupEnd, reference.captureCount() > 0 ? expected.capturedEnd(1) : -1);
        }
    }
    QVERIFY(matches > 0); // the generated subjects do reach the matching paths
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
        return shared.match(subject).start;
    });
    for (int i = 0; i < inputs.size(); ++i)
        QCOMPARE(starts.at(i), qsizetype(i + 1));
}

QTEST_GUILESS_MAIN(TestCompletePattern)
#include "test_completepattern.moc"
