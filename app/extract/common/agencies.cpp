// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/agencies.h"

#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <memory>

namespace galley::agencies {

struct Table
{
    QStringList names;                        // canonical names, in table order
    QHash<QString, QString> canonicalByAlias; // lowercased alias -> canonical name
    // Each pattern holds every alias: compiled for complete matches only (see CompletePattern).
    CompletePattern anywhere;      // any alias as a whole word
    CompletePattern atStart;       // an alias opening the text (anchored when compiled: the JIT runs no
                                   // match-time anchoring)
    CompletePattern whole;         // the whole string is an alias
    CompletePattern pictureSource; // the whole string is a picture source or agency
    QSet<QString> sourcesLower;    // the picture sources, simplified and lowercased
};

namespace {

// Short aliases are abbreviations that collide with ordinary words in other cases.
bool isShort(const QString &alias)
{
    return alias.size() <= 4;
}

QList<Agency> shippedAgencies()
{
    QList<Agency> out;
    const QJsonObject agencyTable = loadDataTable(QStringLiteral("agencies"));
    const QJsonArray list = agencyTable.value(QStringLiteral("agencies")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        out.append(
            {o.value(QStringLiteral("name")).toString(), tableStrings(o, QStringLiteral("aliases"), false)});
    }
    return out;
}

std::unique_ptr<Table> buildTable(const QList<Agency> &overrides)
{
    auto table = std::make_unique<Table>();
    Table &t = *table;
    QList<Agency> agencyList = shippedAgencies();
    // An override named like a shipped agency replaces it; any other is added.
    for (const Agency &o : overrides) {
        if (o.name.trimmed().isEmpty())
            continue;
        const auto same = [&](const Agency &a) { return a.name.compare(o.name, Qt::CaseInsensitive) == 0; };
        agencyList.removeIf(same);
        agencyList.append(o);
    }
    QStringList shortAliases, longAliases;
    for (const Agency &agency : std::as_const(agencyList)) {
        t.names.append(agency.name);
        for (const QString &printed : agency.aliases + QStringList{agency.name}) {
            const QString alias = printed.simplified();
            if (alias.isEmpty())
                continue;
            t.canonicalByAlias.insert(alias.toLower(), agency.name);
            (isShort(alias) ? shortAliases : longAliases).append(alias);
        }
    }
    QString names = QStringLiteral("(?i:%1)").arg(alternation(longAliases));
    if (!shortAliases.isEmpty())
        names += QLatin1Char('|') + alternation(shortAliases);
    // \b would accept "AP" in "AP-style", which is fine, but not in "TAP"; the look-arounds also keep
    // hyphenated aliases ("Agence France-Presse") whole.
    t.anywhere.setPattern(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w])").arg(names),
                          QRegularExpression::UseUnicodePropertiesOption);
    t.atStart.setPattern(QStringLiteral("^(?:%1)(?![\\w])").arg(names),
                         QRegularExpression::UseUnicodePropertiesOption);
    t.whole.setPattern(
        QStringLiteral(
            "^\\W*(?:(?i:the)\\s+)?(%1)(?:\\s+(?i:photos?|staff|news|wire|images|pictures?))?\\W*$")
            .arg(names),
        QRegularExpression::UseUnicodePropertiesOption);

    const QJsonObject photoTable = loadDataTable(QStringLiteral("photocredits"));
    const QStringList sources = tableStrings(photoTable, QStringLiteral("sources"), false);
    for (const QString &source : sources)
        t.sourcesLower.insert(source.simplified().toLower());
    // "AP file", "Reuters file photo": a picture from the agency's archive.
    t.pictureSource.setPattern(
        QStringLiteral("^\\W*(?:(?i:the)\\s+)?(?:(?i:%1)|%2)(?:\\s+(?i:file(?:\\s+photos?)?))?\\W*$")
            .arg(alternation(sources), names),
        QRegularExpression::UseUnicodePropertiesOption);
    return table;
}

// The shipped table, built once; every default Vocabulary shares it.
const std::shared_ptr<const Table> &shippedTable()
{
    static const std::shared_ptr<const Table> t = std::shared_ptr<const Table>(buildTable({}));
    return t;
}

} // namespace

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// Whether `text`, stripped the way the `whole` pattern strips it (edge punctuation, a leading "the",
// a trailing "photos"/"staff"/...), could be an alias, or with `sources` a picture source as the
// `pictureSource` pattern strips it: a few hash look-ups instead of running the pattern on every line a
// finder asks about. Never stricter than the patterns.
bool mayBeWholeAlias(const Table &t, QStringView text, bool sources)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && !isWordChar(text[from]))
        ++from;
    while (to > from && !isWordChar(text[to - 1]))
        --to;
    if (from == to)
        return false;
    if (to - from > 160) // (the callers ask of 80 characters at most)
        return true;
    // The core simplified and in lower case, in a stack buffer: this runs for every name a finder
    // considers, and most are no alias at all.
    char16_t buffer[160];
    qsizetype length = 0;
    bool space = false;
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && length > 0)
            buffer[length++] = u' ';
        space = false;
        const char16_t u = c.unicode();
        buffer[length++] = u < 128 ? (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower().unicode();
    }
    const QString core = QString::fromRawData(reinterpret_cast<const QChar *>(buffer), length);
    const QHash<QString, QString> &aliases = t.canonicalByAlias;
    QStringView rest(core);
    const QStringView cores[2] = {rest, rest.startsWith(u"the ") ? rest.mid(4) : QStringView()};
    static const QStringView suffixes[] = {u" photo", u" photos",     u" staff",      u" news",
                                           u" wire",  u" images",     u" picture",    u" pictures",
                                           u" file",  u" file photo", u" file photos"};
    for (QStringView c : cores) {
        if (c.isEmpty())
            continue;
        // (Views of `core` wrapped as strings without a copy: the table is keyed by QString.)
        const auto known = [&](QStringView alias) {
            const QString key = QString::fromRawData(alias.data(), alias.size());
            return aliases.contains(key) || (sources && t.sourcesLower.contains(key));
        };
        if (known(c))
            return true;
        for (QStringView suffix : suffixes) {
            if (c.endsWith(suffix) && known(c.chopped(suffix.size())))
                return true;
        }
    }
    return false;
}

QString canonical(const Table &t, QStringView text)
{
    if (text.size() > 80 || !mayBeWholeAlias(t, text, false))
        return {};
    const PatternMatch m = t.whole.match(text);
    if (!m.hasMatch())
        return {};
    const QString alias = m.capturedView(1).toString().simplified().toLower();
    return t.canonicalByAlias.value(alias);
}

AgencyMatch firstMatch(const Table &t, const CompletePattern &re, QStringView text, qsizetype from)
{
    const PatternMatch m = re.match(text, from);
    if (!m.hasMatch())
        return {};
    const QString alias = m.capturedView(0).toString().simplified().toLower();
    return {t.canonicalByAlias.value(alias), m.capturedStart(0), m.capturedEnd(0)};
}

} // namespace

} // namespace galley::agencies

namespace galley {

Vocabulary::Vocabulary() : m_agencies(agencies::shippedTable()) {}

Vocabulary::Vocabulary(const QList<agencies::Agency> &overrides)
    : m_agencies(overrides.isEmpty()
                     ? agencies::shippedTable()
                     : std::shared_ptr<const agencies::Table>(agencies::buildTable(overrides)))
{}

QStringList Vocabulary::agencyNames() const
{
    return m_agencies->names;
}

QString Vocabulary::canonicalAgency(QStringView text) const
{
    return agencies::canonical(*m_agencies, text);
}

AgencyMatch Vocabulary::findAgency(QStringView text, qsizetype from) const
{
    return agencies::firstMatch(*m_agencies, m_agencies->anywhere, text, from);
}

AgencyMatch Vocabulary::findAgencyAtStart(QStringView text) const
{
    return agencies::firstMatch(*m_agencies, m_agencies->atStart, text, 0);
}

bool Vocabulary::isPictureSource(QStringView text) const
{
    const agencies::Table &t = *m_agencies;
    return text.size() <= 80 && agencies::mayBeWholeAlias(t, text, true) &&
           t.pictureSource.match(text).hasMatch();
}

} // namespace galley
