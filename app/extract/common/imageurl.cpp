// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/common/imageurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley::imageurl {

namespace {

bool isForbidden(QChar c)
{
    // RFC 3986 excludes these from every part of a URI; a value holding one is markup or script.
    switch (c.unicode()) {
    case u'"':
    case u'<':
    case u'>':
    case u'{':
    case u'}':
    case u'\\':
    case u'^':
    case u'`':
        return true;
    default:
        return c.unicode() < 0x20 || c.unicode() == 0x7f;
    }
}

bool startsWithScheme(QStringView s, QLatin1StringView scheme)
{
    return s.size() > scheme.size() && s.startsWith(scheme, Qt::CaseInsensitive) && s[scheme.size()] == u':';
}

// The scheme of `s` ("http" of "http://..."), empty for relative references.
QStringView schemeOf(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u':')
            return i > 0 ? s.left(i) : QStringView();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        if (!ok)
            return {};
    }
    return {};
}

// A file name ending in an extension of two to five letters or digits ("photo.jpg", "x.webp").
bool hasFileExtension(QStringView path)
{
    const qsizetype cut = path.indexOf(u'?');
    if (cut >= 0)
        path = path.left(cut);
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot <= 0 || path.size() - dot - 1 < 2 || path.size() - dot - 1 > 5)
        return false;
    for (QChar c : path.mid(dot + 1)) {
        if (!c.isLetterOrNumber())
            return false;
    }
    return true;
}

// The srcset candidate with the largest width or density descriptor; ties and no descriptor: the first.
QString widestInSrcset(QStringView value)
{
    QString best;
    double bestSize = -1;
    qsizetype at = 0;
    while (at < value.size()) {
        while (at < value.size() && (value[at].isSpace() || value[at] == u','))
            ++at;
        qsizetype end = at;
        while (end < value.size() && !value[end].isSpace())
            ++end;
        QStringView url = value.mid(at, end - at);
        // A URL may hold commas; one at its very end separates candidates.
        const bool commaAfterUrl = url.endsWith(u',');
        if (commaAfterUrl)
            url.chop(1);
        at = end;
        double size = 0;
        if (!commaAfterUrl) {
            qsizetype next = value.indexOf(u',', at);
            if (next < 0)
                next = value.size();
            QStringView descriptor = value.mid(at, next - at).trimmed();
            if (descriptor.size() > 1) {
                bool ok = false;
                size = descriptor.chopped(1).toDouble(&ok);
                if (!ok)
                    size = 0;
                else if (descriptor.endsWith(u'x'))
                    size *= 1000; // a density beats no descriptor; widths and densities rarely mix
            }
            at = next + 1;
        }
        if (!url.isEmpty() && isUrlReference(url) && size > bestSize) {
            best = url.toString();
            bestSize = size;
        }
    }
    return best;
}

// The URL in a lazy loader's JSON: string values that are URL references, the one under a key naming
// a source or URL first, else the first found (depth first, in document order).
void urlsInJson(const QJsonValue &value, QString *preferred, QString *any, int depth)
{
    if (depth > 8 || !preferred->isEmpty())
        return;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key().toLower();
            if (it.value().isString()) {
                const QString s = it.value().toString().trimmed();
                if (!isUrlReference(s) || s.startsWith(QLatin1String("data:")))
                    continue;
                if (key == QLatin1String("src") || key == QLatin1String("url") ||
                    key.endsWith(QLatin1String("src")) || key.endsWith(QLatin1String("url"))) {
                    *preferred = s;
                    return;
                }
                if (any->isEmpty())
                    *any = s;
            } else {
                urlsInJson(it.value(), preferred, any, depth + 1);
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            urlsInJson(v, preferred, any, depth + 1);
    } else if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (any->isEmpty() && isUrlReference(s))
            *any = s;
    }
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

bool isUrlReference(QStringView ref)
{
    ref = ref.trimmed();
    if (ref.isEmpty() || ref.size() > 4096 || ref.front() == u'#')
        return false;
    for (QChar c : ref) {
        if (isForbidden(c))
            return false;
    }
    const QStringView scheme = schemeOf(ref);
    if (!scheme.isEmpty())
        return (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ||
                scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ||
                scheme.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0) &&
               ref.size() > scheme.size() + 3;
    if (ref.startsWith(u"//"))
        return ref.size() > 3 && !ref.mid(2).contains(u' ');
    // A relative reference: a path, or a bare file name. Words with spaces and no path ("lazy load")
    // are not one, a saved page's "./page_files/Grafik Übersicht.jpg" is.
    const QStringView path = ref.left(ref.indexOf(u'?') < 0 ? ref.size() : ref.indexOf(u'?'));
    return path.contains(u'/') ? (!path.contains(u' ') || hasFileExtension(path)) : hasFileExtension(path);
}

QString urlIn(QStringView value, bool *unusable)
{
    value = value.trimmed();
    if (unusable)
        *unusable = false;
    if (value.isEmpty() || startsWithScheme(value, QLatin1StringView("data")) ||
        startsWithScheme(value, QLatin1StringView("blob")))
        return {};
    QString found;
    if (value.front() == u'{' || value.front() == u'[') {
        const QJsonDocument json = QJsonDocument::fromJson(value.toUtf8());
        QString preferred, any;
        if (json.isObject())
            urlsInJson(json.object(), &preferred, &any, 0);
        else if (json.isArray())
            urlsInJson(json.array(), &preferred, &any, 0);
        found = preferred.isEmpty() ? any : preferred;
    } else if (isUrlReference(value)) {
        found = value.toString();
    } else {
        // "a.jpg 480w, b.jpg 1200w" (a srcset in a data attribute, or in src by mistake).
        found = widestInSrcset(value);
    }
    if (found.isEmpty() && unusable)
        *unusable = true;
    return found;
}

QString resolve(const QString &ref, const QUrl &base)
{
    const QString trimmed = ref.trimmed();
    if (!isUrlReference(trimmed))
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    // A relative base (a <base href="/news/"> on a page of unknown address) still places the reference.
    if (!base.isEmpty() && base.isValid() && url.isRelative()) {
        const QString out = base.resolved(url).toString(QUrl::FullyEncoded);
        return isIriReference(out) ? out : QString();
    }
    QString out = url.toString(QUrl::FullyEncoded);
    // QUrl drops a leading "./"; keep the reference as printed.
    if (trimmed.startsWith(QLatin1String("./")) && !out.startsWith(QLatin1String("./")))
        out.prepend(QLatin1String("./"));
    return isIriReference(out) ? out : QString();
}

bool isIriReference(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isSpace() || isForbidden(c) || c == u'|')
            return false;
        if (c == u'%' && (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2])))
            return false;
        // RFC 3987 allows non-ASCII letters (ucschar), not the private-use or non-character ranges,
        // nor unpaired surrogates.
        if (c.isSurrogate()) {
            if (!(c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()))
                return false;
            ++i;
        } else if (c.unicode() >= 0x80 && (c.category() == QChar::Other_PrivateUse ||
                                           c.category() == QChar::Other_Format || c.unicode() >= 0xFFF0)) {
            return false;
        }
    }
    const qsizetype colon = s.indexOf(u':');
    const qsizetype slash = s.indexOf(u'/');
    if (colon == 0)
        return false;
    if (colon > 0 && (slash < 0 || colon < slash))
        return !schemeOf(s).isEmpty(); // "ab:..." is a scheme; a colon in a first segment needs one
    return true;
}

} // namespace galley::imageurl
