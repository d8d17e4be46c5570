// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/creditparser.h"

#include "extract/common/agencies.h"
#include "extract/common/bylineparser.h"
#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"
#include "extract/common/textscan.h"

#include <QRegularExpression>

namespace galley {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A printed outlet name: up to the end of the sentence or note.
const QString kName = QStringLiteral("(?<name>[^\\n|]{2,80}?)");
const QString kNameEnd =
    QStringLiteral("\\s*(?:$|[|\\n]|\\.(?:\\s|$)|,\\s|\\s+(?:and|under|with|on|in)\\s|\\s*[(\\[])");

const CompletePattern &signature()
{
    // "— The Associated Press", "-- Reuters", "(AP)", "By The Associated Press", "Source: AFP"
    static const CompletePattern re(
        QStringLiteral("^\\s*(?:[-–—]{1,2}\\s*|\\(\\s*|(?:%1)\\s+|source\\s*:\\s*|"
                       "quelle\\s*:\\s*|fuente\\s*:\\s*|source\\s*:\\s*)?"
                       "(?<name>[^()\\n]{2,60}?)\\s*\\)?\\s*\\.?\\s*$")
            .arg(alternation(byWords())),
        kOptions);
    return re;
}

const CompletePattern &copyright()
{
    static const CompletePattern re(
        QStringLiteral("(?:©|\\(c\\)|copyright(?:\\s*©)?)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?%1"
                       "(?:\\s*,?\\s*\\d{4})?%2")
            .arg(kName, kNameEnd),
        kOptions);
    return re;
}

const CompletePattern &syndication()
{
    // One name group after any of the lead-ins: "This article first appeared in", "Originally published
    // on", "Republished with permission from".
    static const CompletePattern re(
        QStringLiteral(
            "(?:(?:(?:this|the)\\s+(?:article|story|post|piece|report|column|essay|interview|content)"
            "(?:\\s+\\w+){0,3}?|a\\s+version\\s+of\\s+this\\s+(?:article|story|post)|it)\\s+"
            "(?:was\\s+|has\\s+been\\s+|is\\s+)?(?:first|originally|initially|also)?\\s*"
            "(?:appeared|published|ran|posted|produced|written)\\s+(?:\\w+\\s+)?(?:in|on|at|by|for|from)\\s+"
            "(?:the\\s+website\\s+of\\s+|the\\s+site\\s+)?"
            "|(?:originally|first)\\s+(?:published|appeared|posted)\\s+(?:in|on|at|by)\\s+"
            "|(?:republished|reprinted|reproduced|used)\\s+(?:here\\s+)?(?:with|by)\\s+(?:the\\s+)?"
            "(?:kind\\s+)?permission\\s+(?:of|from)\\s+)%1%2")
            .arg(kName, kNameEnd),
        kOptions);
    return re;
}

// "Business Insider's website", "Futurism.com", a URL: the outlet's name is enough.
QString cleanOutlet(QString name)
{
    static const QRegularExpression clutter(QStringLiteral("(?:'s|’s)?\\s+(?:website|site|blog|newsletter)$|"
                                                           "^https?://(?:www\\.)?|/.*$"),
                                            kOptions);
    name.remove(clutter);
    return name.simplified();
}

// Cheap looks before the patterns, never stricter than them: a syndication note needs one of its
// verbs ("appeared", "published", ...) or "permission", a copyright note its mark.
bool mayBeSyndicated(QStringView text)
{
    static const QStringView verbs[] = {u"appeared", u"published", u"ran",       u"posted",
                                        u"produced", u"written",   u"permission"};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode() | 0x20;
        if (c != u'a' && c != u'p' && c != u'r' && c != u'w')
            continue;
        const QStringView rest = text.mid(i);
        for (QStringView verb : verbs) {
            if (verb.front() == c && textscan::startsWithFolded(rest, verb))
                return true;
        }
    }
    return false;
}

bool mayHoldCopyright(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'©' || (c == u'(' && textscan::startsWithFolded(text.mid(i), u"(c)")) ||
            ((c | 0x20) == u'c' && textscan::startsWithFolded(text.mid(i), u"copyright")))
            return true;
    }
    return false;
}

} // namespace

QString normaliseCredit(const Vocabulary &vocabulary, QStringView printed, bool *known)
{
    const QString canonical = vocabulary.canonicalAgency(printed);
    if (known)
        *known = !canonical.isEmpty();
    if (!canonical.isEmpty())
        return canonical;
    QString s = printed.toString().simplified();
    while (!s.isEmpty() && (s.back() == QLatin1Char('.') || s.back() == QLatin1Char(',')))
        s.chop(1);
    return cleanOutlet(s);
}

CreditMatch findCredit(const Vocabulary &vocabulary, QStringView text)
{
    // Notes sit at the end of long paragraphs.
    const qsizetype base = text.size() > 2000 ? text.size() - 2000 : 0;
    text = text.mid(base);
    CreditMatch out;

    PatternMatch m = mayBeSyndicated(text) ? syndication().match(text) : PatternMatch();
    if (m.hasMatch()) {
        out.credit = normaliseCredit(vocabulary, m.capturedView(u"name"), &out.known);
        if (!out.credit.isEmpty() && out.credit.front().isUpper()) {
            out.kind = CreditKind::Syndication;
            out.start = base + m.capturedStart(u"name");
            out.end = base + m.capturedEnd(u"name");
            // The span covers the name only, not "'s website" after it.
            if (!out.known && m.capturedView(u"name").startsWith(out.credit))
                out.end = out.start + out.credit.size();
            return out;
        }
        out = {};
    }
    m = mayHoldCopyright(text) ? copyright().match(text) : PatternMatch();
    if (m.hasMatch()) {
        const AgencyMatch a = vocabulary.findAgency(m.capturedView(u"name"));
        if (a.isValid()) {
            return {a.name, true, CreditKind::Copyright, base + m.capturedStart(u"name") + a.start,
                    base + m.capturedStart(u"name") + a.end};
        }
    }
    if (text.size() <= 80) {
        m = signature().match(text);
        if (m.hasMatch()) {
            const QString canonical = vocabulary.canonicalAgency(m.capturedView(u"name"));
            if (!canonical.isEmpty())
                return {canonical, true, CreditKind::Signature, base + m.capturedStart(u"name"),
                        base + m.capturedEnd(u"name")};
        }
    }
    return out;
}

} // namespace galley
