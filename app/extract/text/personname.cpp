// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/text/personname.h"

#include <QList>

namespace galley {

namespace {

bool isParticle(QStringView w)
{
    static const QStringView particles[] = {u"de",  u"da",  u"di",  u"do",  u"dos", u"das", u"del", u"della",
                                            u"der", u"van", u"von", u"den", u"la",  u"le",  u"du",  u"bin",
                                            u"al",  u"ibn", u"y",   u"zu",  u"ten", u"ter"};
    for (QStringView p : particles) {
        if (w == p)
            return true;
    }
    return false;
}

// One word of a name: "Needleman", "E.", "O'Brien", "Jean-Pierre", "McDermid", "DeArdo", "TANGERMANN".
bool isNameWord(QStringView w)
{
    if (w.isEmpty() || !w.front().isUpper())
        return false;
    if (w.size() == 2 && w[1] == u'.')
        return true; // an initial
    int letters = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w[i];
        if (c.isLetter())
            ++letters;
        else if (c != u'\'' && c != u'’' && c != u'-' && !(c == u'.' && i == w.size() - 1))
            return false;
    }
    return letters >= 2 && !isMonthName(w);
}

QList<QStringView> splitWords(QStringView text)
{
    QList<QStringView> words;
    for (QStringView w : text.split(u' ', Qt::SkipEmptyParts))
        words.append(w);
    return words;
}

} // namespace

bool isMonthName(QStringView word)
{
    static const QStringView months[] = {
        u"january",  u"february",  u"march",      u"april",    u"may",       u"june",     u"july",
        u"august",   u"september", u"october",    u"november", u"december",  u"jan",      u"feb",
        u"mar",      u"apr",       u"jun",        u"jul",      u"aug",       u"sep",      u"sept",
        u"oct",      u"nov",       u"dec",        u"januar",   u"februar",   u"märz",     u"mai",
        u"juni",     u"juli",      u"oktober",    u"dezember", u"janvier",   u"février",  u"mars",
        u"avril",    u"juin",      u"juillet",    u"août",     u"septembre", u"octobre",  u"novembre",
        u"décembre", u"enero",     u"febrero",    u"marzo",    u"abril",     u"mayo",     u"junio",
        u"julio",    u"agosto",    u"septiembre", u"octubre",  u"noviembre", u"diciembre"};
    if (word.endsWith(u'.'))
        word.chop(1);
    for (QStringView m : months) {
        if (word.compare(m, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool looksLikePersonName(QStringView text, int minWords, int maxWords)
{
    const QList<QStringView> words = splitWords(text.trimmed());
    if (words.size() < minWords || words.size() > maxWords)
        return false;
    int nameWords = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (isNameWord(words[i]))
            ++nameWords;
        else if (!(i > 0 && i + 1 < words.size() && isParticle(words[i])))
            return false;
    }
    return nameWords >= minWords;
}

QStringView leadingPersonName(QStringView text, int maxWords)
{
    text = text.trimmed();
    qsizetype end = 0;
    int count = 0;
    qsizetype pos = 0;
    while (pos < text.size() && count < maxWords) {
        qsizetype next = text.indexOf(u' ', pos);
        if (next < 0)
            next = text.size();
        QStringView word = text.mid(pos, next - pos);
        // A trailing comma ends the name but belongs to what follows ("Tom Krisher, AP Auto Writer").
        const bool comma = word.endsWith(u',');
        if (comma)
            word.chop(1);
        if (isNameWord(word)) {
            ++count;
            end = pos + word.size();
        } else if (!(count > 0 && isParticle(word))) {
            break;
        }
        if (comma)
            break;
        pos = next + 1;
    }
    return count ? text.first(end) : QStringView();
}

QString normalizePersonName(QStringView name)
{
    const QString s = name.toString();
    bool hasLower = false;
    for (QChar c : s)
        hasLower = hasLower || c.isLower();
    if (hasLower)
        return s.simplified();
    QString out = s.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'' && c != u'’';
    }
    return out.simplified();
}

} // namespace galley
