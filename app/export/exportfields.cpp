// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportfields.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

namespace galley::exportfields {

QString articleId(const ReviewRecord &record)
{
    if (!record.source.id.isEmpty())
        return QString(record.source.id).replace(QLatin1Char('#'), QLatin1Char('-'));
    const QString key = record.source.path + QLatin1Char('#') + QString::number(record.source.index);
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString articleUri(const ReviewRecord &record)
{
    return QStringLiteral("urn:galley:article:") + articleId(record);
}

QString pictureUri(const ReviewRecord &record, qsizetype index)
{
    return articleUri(record) + QStringLiteral(":picture:") + QString::number(index + 1);
}

QString utcString(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QDateTime parseUtc(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString rfc3339(const QString &value)
{
    // A time part and an explicit zone ("Z" or "+hh:mm") are both required.
    static const QRegularExpression zoned(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$)"));
    if (!zoned.match(value).hasMatch())
        return {};
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // Keep the publisher's own offset: it says where the story was filed.
    return time.toString(time.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString versionCreated(const ReviewRecord &record)
{
    for (const QDateTime &t : {record.reviewedAt, record.modified, record.created}) {
        if (t.isValid())
            return utcString(t);
    }
    return {};
}

QString datelinePlace(const QString &dateline)
{
    // The place comes first and ends at the date, the agency parenthesis or the dash before the text.
    static const QRegularExpression end(QStringLiteral(R"(,|\(|\s[-\x{2013}\x{2014}]|[\x{2013}\x{2014}]|:)"));
    QString place = dateline;
    const QRegularExpressionMatch m = end.match(place);
    if (m.hasMatch())
        place.truncate(m.capturedStart());
    place = place.simplified();
    while (place.endsWith(QLatin1Char('.')) || place.endsWith(QLatin1Char('-')))
        place.chop(1);
    return place.trimmed();
}

QString bylineText(const QStringList &bylines)
{
    return bylines.join(QStringLiteral(", "));
}

QString contributorText(const Contributor &c)
{
    return c.role.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.role);
}

QString copyrightHolder(const Article &article)
{
    return article.credit.isEmpty() ? article.publisher : article.credit;
}

QString photoCreditLine(const QString &credit)
{
    // A short leading word with a colon is a label in whatever language the page used.
    static const QRegularExpression labelled(QStringLiteral(R"(^\w{1,12}\s?:)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    return labelled.match(credit).hasMatch() ? credit : QStringLiteral("Photo: ") + credit;
}

QString reviewSummary(const ReviewRecord &record)
{
    QString s = reviewStatusName(record.status);
    if (!record.reviewer.isEmpty())
        s += QStringLiteral(" by ") + record.reviewer;
    if (record.reviewedAt.isValid())
        s += QStringLiteral(" at ") + utcString(record.reviewedAt);
    if (!record.reason.isEmpty())
        s += QStringLiteral("; reason: ") + record.reason;
    if (!record.note.isEmpty())
        s += QStringLiteral("; note: ") + record.note;
    return s;
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
            script == QChar::Script_Katakana) {
            ++words;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c) || (inWord && (QChar::category(c) == QChar::Mark_NonSpacing ||
                                                             c == U'\'' || c == U'\u2019' || c == U'-'))) {
            // Apostrophes and hyphens inside a word ("don't", "well-known") do not split it.
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words;
}

int charCount(const QString &text)
{
    return int(QStringView(text).toUcs4().size());
}

QString htmlEscaped(const QString &text)
{
    return textSafe(text).toHtmlEscaped();
}

namespace {
QString inlineHtml(const QString &text)
{
    return htmlEscaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}
} // namespace

QString bodyHtml(const QList<BodyBlock> &body)
{
    QString html;
    bool inList = false;
    for (const BodyBlock &block : body) {
        if (inList && block.kind != BlockKind::ListItem) {
            html += QStringLiteral("</ul>\n");
            inList = false;
        }
        switch (block.kind) {
        case BlockKind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(inlineHtml(block.text));
            break;
        case BlockKind::Heading:
            html += QStringLiteral("<h2>%1</h2>\n").arg(inlineHtml(block.text));
            break;
        case BlockKind::ListItem:
            if (!inList)
                html += QStringLiteral("<ul>\n");
            inList = true;
            html += QStringLiteral("<li>%1</li>\n").arg(inlineHtml(block.text));
            break;
        case BlockKind::Quote:
            html += QStringLiteral("<blockquote><p>%1</p></blockquote>\n").arg(inlineHtml(block.text));
            break;
        case BlockKind::Preformatted:
        case BlockKind::Table: // tables arrive as text rows; <pre> keeps their alignment
            html += QStringLiteral("<pre>%1</pre>\n").arg(htmlEscaped(block.text));
            break;
        }
    }
    if (inList)
        html += QStringLiteral("</ul>\n");
    return html;
}

QString textSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u >= 0x7F && u <= 0x9F)) {
            continue;
        } else if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') {
            out += c;
        }
    }
    return out;
}

QString xmlSafe(const QString &text)
{
    return textSafe(text);
}

namespace {

/// The URL as a browser's URL parser sees it (WHATWG URL: leading and trailing C0 controls and spaces
/// stripped, ASCII tab and newlines removed anywhere).
QString browserUrl(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (const QChar c : url) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out += c;
    }
    const auto isC0OrSpace = [](QChar c) { return c.unicode() <= 0x20; };
    qsizetype begin = 0, end = out.size();
    while (begin < end && isC0OrSpace(out.at(begin)))
        ++begin;
    while (end > begin && isC0OrSpace(out.at(end - 1)))
        --end;
    return out.mid(begin, end - begin);
}

/// The scheme of `url` in lower case ("" for a relative reference): an ASCII letter followed by
/// letters, digits, "+", "-" or "." up to a colon.
QString urlScheme(const QString &url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (c == u':' && i > 0)
            return url.left(i).toLower();
        if (!letter && (i == 0 || !((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))
            return {};
    }
    return {};
}

} // namespace

QString linkUrl(const QString &url)
{
    QString cleaned = browserUrl(textSafe(url));
    const QString scheme = urlScheme(cleaned);
    if (scheme.isEmpty() || scheme == u"http" || scheme == u"https")
        return cleaned;
    return {};
}

bool isAbsoluteWebUrl(const QString &url)
{
    const QString link = linkUrl(url);
    return !link.isEmpty() && !urlScheme(link).isEmpty();
}

QString fileBaseName(const ReviewRecord &record)
{
    QString slug;
    for (const QChar c : record.corrected.headline.normalized(QString::NormalizationForm_KD)) {
        if (slug.size() >= 60)
            break;
        if (c.unicode() < 128 && c.isLetterOrNumber())
            slug += c.toLower();
        else if ((c.isSpace() || c.isPunct()) && !slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    const QString id = articleId(record).left(12);
    if (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? id : slug + QLatin1Char('-') + id;
}

} // namespace galley::exportfields
