// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/sitekey.h"

#include "extract/html/htmldocument.h"
#include "rules/textlines.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace galley {

namespace {

// Chrome lines taken from each end: enough to tell templates apart, few enough that an article whose
// extraction starts or ends a line earlier keeps the same key.
constexpr int kChromeLines = 8;
constexpr qsizetype kLongLine = 60;

bool isTemplateLine(const QString &line)
{
    if (line.size() > kLongLine)
        return false;
    return std::none_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit(); });
}

QString linkedAddress(const QString &html)
{
    const HtmlDocument document(html);
    for (HtmlNode node = document.head().firstElementChild(); node; node = node.nextElementSibling()) {
        if (node.is("link") &&
            node.attribute("rel").trimmed().compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0)
            return node.attribute("href").trimmed();
        if (node.is("meta") && node.attribute("property").trimmed() == QLatin1String("og:url"))
            return node.attribute("content").trimmed();
    }
    return {};
}

} // namespace

QString hostSiteKey(const QString &url)
{
    QString host = QUrl(url.trimmed()).host(QUrl::FullyEncoded).toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return isValidSiteKey(host) ? host : QString();
}

QString templateSiteKey(const QString &text, const Article &generalExtraction)
{
    qsizetype first = text.size();
    qsizetype last = 0;
    for (const QList<SourceSpan> &spans : generalExtraction.provenance) {
        for (const SourceSpan &span : spans) {
            if (span.isValid()) {
                first = std::min(first, span.start);
                last = std::max(last, span.end);
            }
        }
    }
    if (first > last)
        return {};
    QStringList before;
    QStringList after;
    for (const CaptureLine &line : nonBlankLines(text)) {
        if (!isTemplateLine(line.text))
            continue;
        if (line.end <= first)
            before.append(line.text);
        else if (line.start >= last)
            after.append(line.text);
    }
    const QStringList chrome =
        before.mid(0, kChromeLines) + after.mid(std::max<qsizetype>(0, after.size() - kChromeLines));
    if (chrome.size() < 2)
        return {};
    const QByteArray hash =
        QCryptographicHash::hash(chrome.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("text-") + QString::fromLatin1(hash.toHex().left(8));
}

QString siteKey(const Capture &capture, const Article &generalExtraction)
{
    if (QString host = hostSiteKey(capture.url()); !host.isEmpty())
        return host;
    if (capture.kind() == ContentKind::Html)
        return hostSiteKey(linkedAddress(capture.text()));
    return templateSiteKey(capture.text(), generalExtraction);
}

bool isValidSiteKey(const QString &key)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,252}$"));
    return valid.match(key).hasMatch();
}

} // namespace galley
