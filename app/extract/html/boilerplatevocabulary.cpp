// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html/boilerplatevocabulary.h"

#include "extract/common/bylineparser.h"
#include "extract/common/completepattern.h"
#include "extract/common/datatable.h"
#include "extract/html/htmldocument.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace galley {

namespace {

// The furniture vocabulary (resources/data/boilerplate.json): name words as sets, phrase lists as
// the patterns they make, compiled for complete matches only (CompletePattern: the lists are long and
// only ever tested for a match).
struct BoilerplateWords
{
    BoilerplateWords();
    QSet<QString> furniture, soft, content, modifiers;
    CompletePattern whole;  // a block that is only a furniture phrase
    CompletePattern leadIn; // a link's lead-in or a call to action opening a block
    CompletePattern stamp;  // "Updated ...", "Stand: ..."
    CompletePattern dateOnly;
    CompletePattern byline; // "By Jane Doe", "Von A und B"
};

QSet<QString> wordSet(const QJsonObject &table, const QString &key)
{
    const QStringList words = tableStrings(table, key);
    return QSet<QString>(words.begin(), words.end());
}

// The phrase lists hold regular-expression alternatives, joined in table order.
QString alternatives(const QJsonObject &table, const QString &key)
{
    return tableStrings(table, key).join(QLatin1Char('|'));
}

BoilerplateWords::BoilerplateWords()
{
    const QJsonObject t = loadDataTable(QStringLiteral("boilerplate"));
    furniture = wordSet(t, QStringLiteral("furnitureNames"));
    soft = wordSet(t, QStringLiteral("softFurnitureNames"));
    content = wordSet(t, QStringLiteral("contentNames"));
    modifiers = wordSet(t, QStringLiteral("modifierNames"));
    // Whole-block phrases, compared without case and trailing punctuation.
    whole.setPattern(
        QStringLiteral("^(%1)[\\s.:!?…»›>]*$").arg(alternatives(t, QStringLiteral("wholeBlockPhrases"))),
        QRegularExpression::CaseInsensitiveOption);
    leadIn.setPattern(QStringLiteral("^(%1)\\s*[:|»›>]|^(%2)\\b")
                          .arg(alternatives(t, QStringLiteral("leadIns")),
                               alternatives(t, QStringLiteral("callsToAction"))),
                      QRegularExpression::CaseInsensitiveOption);
    stamp.setPattern(QStringLiteral("^(%1)\\b.{0,80}$").arg(alternatives(t, QStringLiteral("stampWords"))),
                     QRegularExpression::CaseInsensitiveOption);
    dateOnly.setPattern(
        QStringLiteral("^((%1)[\\s.,:/-]*)+$").arg(alternatives(t, QStringLiteral("dateLineWords"))),
        QRegularExpression::CaseInsensitiveOption);
    // Up to four capitalised words a name, names joined by commas or conjunctions, then an optional
    // short tail after a separator (a title, an outlet).
    byline.setPattern(
        QStringLiteral("^(?i:%1)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
                       "(\\s*(,|%2)\\s*\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*"
                       "(\\s*[,|/–—-].{0,40})?$")
            .arg(alternation(byWords()), alternation(tableStrings(loadDataTable(QStringLiteral("bylines")),
                                                                  QStringLiteral("conjunctions")))),
        {});
}

const BoilerplateWords &boilerplateWords()
{
    static const BoilerplateWords w;
    return w;
}

// Leading words of layout modifiers: "has-sidebar" describes the page, not this element, and CMS
// taxonomy classes ("type-podcast", "category-video", "tag-comments") describe the post's subject.
bool isModifierWord(const QString &w)
{
    return boilerplateWords().modifiers.contains(w);
}

// Splits a name into lower-case words at punctuation, digits and camelCase humps.
QStringList nameWords(QStringView name)
{
    QStringList words;
    QString current;
    QChar previous;
    for (const QChar c : name) {
        if (!c.isLetter()) {
            if (!current.isEmpty())
                words.append(current);
            current.clear();
        } else {
            if (c.isUpper() && previous.isLower() && !current.isEmpty()) {
                words.append(current);
                current.clear();
            }
            current.append(c.toLower());
        }
        previous = c;
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

enum class Verdict { None, SoftFurniture, Furniture, Content };

Verdict judgeNameUncached(QStringView name)
{
    const QStringList names = nameWords(name);
    if (names.isEmpty() || isModifierWord(names.first()))
        return Verdict::None;
    const BoilerplateWords &words = boilerplateWords();
    Verdict verdict = Verdict::None;
    for (const QString &w : names) {
        if (words.furniture.contains(w)) {
            if (!words.soft.contains(w))
                return Verdict::Furniture;
            verdict = Verdict::SoftFurniture;
        } else if (words.content.contains(w) && verdict == Verdict::None) {
            verdict = Verdict::Content;
        }
    }
    return verdict;
}

// Class names repeat within a page and across a site's pages; splitting them is the costly part.
Verdict judgeName(QStringView name)
{
    thread_local QHash<QString, Verdict> cache;
    const QString key = name.toString();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 20000)
        cache.clear(); // bounded: a batch of very different sites must not grow it forever
    const Verdict verdict = judgeNameUncached(name);
    cache.insert(key, verdict);
    return verdict;
}

// judgeName for a name held as ASCII bytes, cached by the bytes: the same verdicts without a QString
// per look-up (nameHint asks for every name of nearly every element).
struct NameBytesHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

Verdict judgeAsciiName(std::string_view name)
{
    thread_local std::unordered_map<std::string, Verdict, NameBytesHash, std::equal_to<>> cache;
    if (const auto it = cache.find(name); it != cache.end())
        return it->second;
    if (cache.size() > 20000)
        cache.clear(); // bounded, as judgeName's
    const Verdict verdict = judgeNameUncached(QString::fromLatin1(name.data(), qsizetype(name.size())));
    cache.emplace(std::string(name), verdict);
    return verdict;
}

bool isAsciiBytes(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// Whether ASCII `s` is `lower` (lower-case) in any case: QString::toLower() == lower for ASCII.
bool isFolded(QByteArrayView s, std::string_view lower)
{
    if (s.size() != qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[size_t(i)])
            return false;
    }
    return true;
}

// nameHint over the four names as the parser holds them (ASCII, each in one piece): the rules of the
// general path below, read from the bytes.
NameHint asciiNameHint(QByteArrayView itemprop, QByteArrayView role, QByteArrayView id,
                       QByteArrayView classes)
{
    if (isFolded(itemprop, "articlebody") || itemprop == "text")
        return NameHint::ArticleBody;
    for (const char *furnitureRole : {"navigation", "banner", "contentinfo", "complementary", "search",
                                      "dialog", "alertdialog", "menu", "menubar", "toolbar"}) {
        if (isFolded(role, furnitureRole))
            return NameHint::Boilerplate;
    }
    const auto judge = [](QByteArrayView name) {
        return judgeAsciiName(std::string_view(name.data(), size_t(name.size())));
    };
    if (!itemprop.isEmpty() && judge(itemprop) == Verdict::Furniture)
        return NameHint::Boilerplate;
    bool content = isFolded(role, "main") || isFolded(role, "article");
    bool soft = false;
    const auto weigh = [&](QByteArrayView name) {
        const Verdict v = judge(name);
        content |= v == Verdict::Content;
        soft |= v == Verdict::SoftFurniture;
        return v == Verdict::Furniture;
    };
    for (qsizetype from = 0; from < classes.size();) {
        qsizetype to = classes.indexOf(' ', from);
        if (to < 0)
            to = classes.size();
        if (to > from && weigh(classes.sliced(from, to - from)))
            return NameHint::Boilerplate;
        from = to + 1;
    }
    if (!id.isEmpty() && weigh(id))
        return NameHint::Boilerplate;
    return soft ? NameHint::SoftBoilerplate : content ? NameHint::Content : NameHint::Neutral;
}

} // namespace

NameHint nameHint(const HtmlNode &element)
{
    // Most elements carry none of the four names: nothing to read or split then.
    if (!element.hasAttribute("class") && !element.hasAttribute("id") && !element.hasAttribute("role") &&
        !element.hasAttribute("itemprop"))
        return NameHint::Neutral;
    QByteArrayView itemprop8, role8, id8, classes8;
    if (element.attributeUtf8("itemprop", &itemprop8) && element.attributeUtf8("role", &role8) &&
        element.attributeUtf8("id", &id8) && element.attributeUtf8("class", &classes8) &&
        isAsciiBytes(itemprop8) && isAsciiBytes(role8) && isAsciiBytes(id8) && isAsciiBytes(classes8))
        return asciiNameHint(itemprop8, role8, id8, classes8);
    const QString itemprop = element.attribute("itemprop");
    if (itemprop.compare(u"articleBody", Qt::CaseInsensitive) == 0 || itemprop == u"text")
        return NameHint::ArticleBody;
    const QString role = element.attribute("role").toLower();
    if (role == u"navigation" || role == u"banner" || role == u"contentinfo" || role == u"complementary" ||
        role == u"search" || role == u"dialog" || role == u"alertdialog" || role == u"menu" ||
        role == u"menubar" || role == u"toolbar")
        return NameHint::Boilerplate;
    if (!itemprop.isEmpty() && judgeName(itemprop) == Verdict::Furniture)
        return NameHint::Boilerplate;
    bool content = role == u"main" || role == u"article";
    bool soft = false;
    const QString id = element.attribute("id");
    const QString classes = element.attribute("class");
    QList<QStringView> names = QStringView(classes).split(u' ', Qt::SkipEmptyParts);
    names.append(QStringView(id));
    for (const QStringView name : names) {
        const Verdict v = judgeName(name);
        if (v == Verdict::Furniture)
            return NameHint::Boilerplate;
        content |= v == Verdict::Content;
        soft |= v == Verdict::SoftFurniture;
    }
    return soft ? NameHint::SoftBoilerplate : content ? NameHint::Content : NameHint::Neutral;
}

bool isBoilerplatePhrase(QStringView text)
{
    if (text.size() > 160)
        return false;
    // Dashes and brackets around a label: "- Anzeige -", "[Werbung]".
    QStringView t = text.trimmed();
    const auto framing = [](QChar c) {
        return c == u'-' || c == u'–' || c == u'—' || c == u'(' || c == u')' || c == u'[' || c == u']' ||
               c == u'|' || c.isSpace();
    };
    while (!t.isEmpty() && framing(t.front()))
        t = t.sliced(1);
    while (!t.isEmpty() && framing(t.back()) && t.back() != u')')
        t = t.chopped(1);
    const BoilerplateWords &words = boilerplateWords();
    return words.whole.match(t).hasMatch() || words.leadIn.match(t).hasMatch();
}

bool isBylineOrDateLine(QStringView text)
{
    if (text.size() > 100)
        return false;
    const QString t = text.trimmed().toString();
    const BoilerplateWords &words = boilerplateWords();
    // A line made only of date and time words: "November 20, 2019", "20.11.2019, 14:35 Uhr",
    // "Tue 3 Mar 2020 06.00 GMT".
    return words.byline.match(t).hasMatch() || words.stamp.match(t).hasMatch() ||
           (t.size() <= 60 && std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }) &&
            words.dateOnly.match(t).hasMatch());
}

} // namespace galley
