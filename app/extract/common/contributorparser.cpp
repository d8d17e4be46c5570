// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/contributorparser.h"

#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace galley {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Role
{
    QString role;
    bool lead = false;
};

struct ContributorWords
{
    QHash<QString, Role> roleByPhrase; // lowercased phrase -> role
    CompletePattern phrase;            // a role phrase at a boundary, then the names
    CompletePattern suffix;            // "<names> contributed to this report"
    CompletePattern namePrefix;        // "Associated Press writers" before suffix-note names
    CompletePattern suffixAnywhere;    // a suffix anywhere: a cheap test before `suffix`, which is slow
    CompletePattern signOff;           // a whole short paragraph "<names> <title> [e-mail]"
};

ContributorWords buildContributorWords()
{
    ContributorWords v;
    const QJsonObject t = loadDataTable(QStringLiteral("contributors"));
    QStringList phrases;
    const QJsonArray roles = t.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &r : roles) {
        const QJsonObject o = r.toObject();
        const Role role{o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("lead")).toBool()};
        for (const QString &p : tableStrings(o, QStringLiteral("phrases"))) {
            v.roleByPhrase.insert(p, role);
            phrases.append(p);
        }
    }
    // Boundaries: start, sentence end, ';', '(' or a dash; a comma after another role's names ("Reporting
    // by A, with reporting by B"). The phrase must be followed by a colon or space.
    v.phrase = CompletePattern(
        QStringLiteral(
            "(?:^|(?<comma>,)\\s*|[.;!?(|]\\s*|\\s[-–—]\\s*|\\n\\s*)[\\s*_]*(?<phrase>%1)(?:\\s*:\\s*|\\s+)")
            .arg(alternation(phrases)),
        kOptions);
    v.suffix = CompletePattern(QStringLiteral("(?:^|[.;!?]\\s+)(?<names>[^.;!?]{3,300}?)\\s+(?:%1)(?!\\w)")
                                   .arg(alternation(tableStrings(t, QStringLiteral("suffixes")))),
                               kOptions);
    v.suffixAnywhere = CompletePattern(
        QStringLiteral("(?:%1)(?!\\w)").arg(alternation(tableStrings(t, QStringLiteral("suffixes")))),
        kOptions);
    // The sign-off is the whole paragraph: a dash may open it, a comma may stand before the title, an
    // e-mail address may close it; the title may follow a spaceless script's name directly.
    v.signOff = CompletePattern(
        QStringLiteral(
            "^\\s*[-–—]?\\s*(?<names>[^,;.!?()@]{2,60}?)\\s*,?\\s*(?:%1)(?:\\s+[\\w.+-]+@[\\w.-]+)?\\s*$")
            .arg(alternation(tableStrings(t, QStringLiteral("signOffTitles")))),
        kOptions);
    QStringList prefixes = tableStrings(t, QStringLiteral("namePrefixes"));
    v.namePrefix =
        CompletePattern(QStringLiteral("^\\s*(?:the\\s+)?(?:%1)\\s+").arg(alternation(prefixes)), kOptions);
    return v;
}

const ContributorWords &contributorWords()
{
    static const ContributorWords v = buildContributorWords();
    return v;
}

// End of a names run: the next ';' or '.' that is not an initial's dot ("Trevor J. Mitchell").
qsizetype runEnd(QStringView text, qsizetype from, qsizetype limit)
{
    for (qsizetype i = from; i < limit; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(';') || c == QLatin1Char(')') || c == QLatin1Char('|') || c == QLatin1Char('\n'))
            return i;
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
            const bool initial = i >= 1 && text[i - 1].isUpper() && (i < 2 || !text[i - 2].isLetter());
            if (!initial)
                return i;
        }
    }
    return limit;
}

void addNames(const Vocabulary &vocabulary, QStringView text, qsizetype from, qsizetype to, const Role &role,
              QList<ParsedContributor> *out)
{
    const ParsedByline names = parseBylineRange(vocabulary, text, from, to, true);
    for (const ParsedName &n : names.names) {
        bool known = false;
        for (const ParsedContributor &c : std::as_const(*out))
            known = known || (c.person.name.compare(n.name, Qt::CaseInsensitive) == 0 && c.role == role.role);
        if (!known)
            out->append({n, role.role, role.lead});
    }
}

} // namespace

QList<ParsedContributor> parseContributorNote(const Vocabulary &vocabulary, QStringView text)
{
    const ContributorWords &v = contributorWords();
    QList<ParsedContributor> out;
    if (text.size() > 1000)
        return out;
    QList<PatternMatch> matches;
    for (PatternMatchIterator it = v.phrase.globalMatch(text); it.hasNext();) {
        const PatternMatch m = it.next();
        // A role after a comma continues a note; opening one, it is a clause of prose ("The book,
        // edited by Jane Doe, sold well").
        if (!matches.isEmpty() || m.capturedLength(u"comma") == 0)
            matches.append(m);
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const PatternMatch &m = matches[i];
        const Role role = v.roleByPhrase.value(m.captured(u"phrase").simplified().toLower());
        const qsizetype limit = i + 1 < matches.size() ? matches[i + 1].capturedStart(0) + 1 : text.size();
        addNames(vocabulary, text, m.capturedEnd(0), runEnd(text, m.capturedEnd(0), limit), role, &out);
    }
    // A story signed at its foot: "김철수 기자 kim@example.co.kr". The writers, as a "Written by" note's.
    if (text.size() <= 120 && matches.isEmpty()) {
        const PatternMatch m = v.signOff.match(text);
        if (m.hasMatch()) {
            addNames(vocabulary, text, m.capturedStart(u"names"), m.capturedEnd(u"names"),
                     Role{QStringLiteral("writing"), true}, &out);
            return out;
        }
    }
    // `suffix` tries every sentence start with a lazy run of up to 300 characters; almost no paragraph
    // holds a suffix at all, which a plain search shows far faster.
    if (!v.suffixAnywhere.match(text).hasMatch())
        return out;
    for (PatternMatchIterator it = v.suffix.globalMatch(text); it.hasNext();) {
        const PatternMatch m = it.next();
        qsizetype from = m.capturedStart(u"names");
        const PatternMatch p = v.namePrefix.match(m.capturedView(u"names"));
        if (p.hasMatch())
            from += p.capturedEnd(0);
        addNames(vocabulary, text, from, m.capturedEnd(u"names"), Role{QStringLiteral("reporting"), false},
                 &out);
    }
    return out;
}

} // namespace galley
