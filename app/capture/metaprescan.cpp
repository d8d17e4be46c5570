// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/metaprescan.h"

#include "capture/charset.h"

#include <QList>

namespace galley {

namespace {

bool isSpace(char c)
{
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 0x20) : c;
}

struct Attribute
{
    QByteArray name;
    QByteArray value;
};

/// The "get an attribute" algorithm; returns false when there are no more attributes in the tag.
bool getAttribute(QByteArrayView b, qsizetype &pos, Attribute &attr)
{
    attr = {};
    const qsizetype n = b.size();
    while (pos < n && (isSpace(b[pos]) || b[pos] == '/'))
        ++pos;
    if (pos >= n || b[pos] == '>')
        return false;
    // Attribute name.
    while (pos < n) {
        const char c = b[pos];
        if (c == '=' && !attr.name.isEmpty())
            break;
        if (isSpace(c)) {
            while (pos < n && isSpace(b[pos]))
                ++pos;
            if (pos >= n || b[pos] != '=')
                return true; // attribute without a value
            break;
        }
        if (c == '/' || c == '>')
            return true;
        attr.name += lower(c);
        ++pos;
    }
    if (pos >= n)
        return false;
    ++pos; // '='
    while (pos < n && isSpace(b[pos]))
        ++pos;
    if (pos >= n)
        return false;
    const char quote = b[pos];
    if (quote == '"' || quote == '\'') {
        ++pos;
        while (pos < n && b[pos] != quote)
            attr.value += lower(b[pos++]);
        if (pos >= n)
            return false;
        ++pos;
        return true;
    }
    if (quote == '>')
        return true;
    while (pos < n && !isSpace(b[pos]) && b[pos] != '>')
        attr.value += lower(b[pos++]);
    return pos < n;
}

/// Skips to the '>' that ends the current tag (consuming attributes so quoted '>' don't end it early).
void skipTag(QByteArrayView b, qsizetype &pos)
{
    Attribute attr;
    while (getAttribute(b, pos, attr)) {
    }
    if (pos < b.size())
        ++pos;
}

} // namespace

QByteArray charsetFromContentAttribute(QByteArrayView s)
{
    qsizetype pos = 0;
    const qsizetype n = s.size();
    while (true) {
        const qsizetype at = s.sliced(pos).toByteArray().toLower().indexOf("charset");
        if (at < 0)
            return {};
        pos += at + 7;
        qsizetype p = pos;
        while (p < n && isSpace(s[p]))
            ++p;
        if (p >= n || s[p] != '=')
            continue; // "loop": look for the next "charset"
        ++p;
        while (p < n && isSpace(s[p]))
            ++p;
        if (p >= n)
            return {};
        if (s[p] == '"' || s[p] == '\'') {
            const qsizetype close = s.indexOf(s[p], p + 1);
            if (close < 0)
                return {};
            return s.sliced(p + 1, close - p - 1).toByteArray();
        }
        qsizetype end = p;
        while (end < n && !isSpace(s[end]) && s[end] != ';')
            ++end;
        return s.sliced(p, end - p).toByteArray();
    }
}

QString prescanMetaCharset(QByteArrayView bytes)
{
    const QByteArrayView b = bytes.first(qMin<qsizetype>(bytes.size(), 1024));
    const qsizetype n = b.size();
    qsizetype pos = 0;
    while (pos < n) {
        const QByteArrayView rest = b.sliced(pos);
        if (rest.startsWith("<!--")) {
            const qsizetype end = b.indexOf("-->", pos + 2);
            if (end < 0)
                return {};
            pos = end + 3;
            continue;
        }
        if (rest.size() >= 6 && rest.first(5).toByteArray().toLower() == "<meta" &&
            (isSpace(rest[5]) || rest[5] == '/')) {
            pos += 6;
            bool gotPragma = false;
            int needPragma = 0; // 0 null, 1 true, 2 false
            QString charset;
            QList<QByteArray> seen;
            Attribute attr;
            while (getAttribute(b, pos, attr)) {
                if (seen.contains(attr.name))
                    continue;
                seen.append(attr.name);
                if (attr.name == "http-equiv") {
                    if (attr.value == "content-type")
                        gotPragma = true;
                } else if (attr.name == "content") {
                    const QByteArray label = charsetFromContentAttribute(attr.value);
                    if (!label.isEmpty() && charset.isEmpty()) {
                        charset = charset::canonicalName(label);
                        needPragma = 1;
                    }
                } else if (attr.name == "charset") {
                    charset = charset::canonicalName(attr.value);
                    needPragma = 2;
                }
            }
            if (needPragma == 0 || (needPragma == 1 && !gotPragma) || charset.isEmpty())
                continue;
            if (charset.startsWith(QLatin1String("UTF-16")))
                return QStringLiteral("UTF-8");
            if (charset == QLatin1String("x-user-defined"))
                return QStringLiteral("windows-1252");
            return charset;
        }
        if (rest.size() >= 2 && rest[0] == '<' &&
            (isAlpha(rest[1]) || (rest[1] == '/' && rest.size() >= 3 && isAlpha(rest[2])))) {
            pos += rest[1] == '/' ? 2 : 1;
            while (pos < n && !isSpace(b[pos]) && b[pos] != '>')
                ++pos;
            skipTag(b, pos);
            continue;
        }
        if (rest.startsWith("<!") || rest.startsWith("</") || rest.startsWith("<?")) {
            const qsizetype end = b.indexOf('>', pos + 2);
            if (end < 0)
                return {};
            pos = end + 1;
            continue;
        }
        ++pos;
    }
    return {};
}

} // namespace galley
