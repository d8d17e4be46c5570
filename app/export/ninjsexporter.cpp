// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ninjsexporter.h"

#include "export/exportfields.h"
#include "extract/common/imageurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace galley {

using namespace exportfields;

namespace {

// ninjs says "usable" by default; anything an editor has not passed must not look publishable.
QString pubStatus(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Reviewed:
        return QStringLiteral("usable");
    case ReviewStatus::Rejected:
        return QStringLiteral("canceled");
    case ReviewStatus::New:
    case ReviewStatus::InReview:
    case ReviewStatus::NeedsAttention:
        break;
    }
    return QStringLiteral("withheld");
}

QJsonObject text(const QString &role, const QString &value)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("value"), value}};
}

// Only absolute http(s) links go into "href" (format uri); a relative src says nothing outside the page.
bool isAbsoluteUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return imageurl::isIriReference(s) && url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QJsonObject picture(const ReviewRecord &record, qsizetype index)
{
    const Image &image = record.corrected.images.at(index);
    QJsonObject o{{QStringLiteral("name"), QStringLiteral("picture%1").arg(index + 1)},
                  {QStringLiteral("uri"), pictureUri(record, index)},
                  {QStringLiteral("type"), QStringLiteral("picture")}};
    QJsonArray descriptions;
    if (!image.caption.isEmpty())
        descriptions.append(text(QStringLiteral("caption"), image.caption));
    if (!image.credit.isEmpty()) {
        descriptions.append(text(QStringLiteral("creditline"), image.credit));
        o.insert(QStringLiteral("by"), image.credit);
    }
    if (!descriptions.isEmpty())
        o.insert(QStringLiteral("descriptions"), descriptions);
    if (isAbsoluteUrl(image.src)) {
        o.insert(QStringLiteral("renditions"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("original")},
                                        {QStringLiteral("href"), image.src}}});
    }
    return o;
}

QJsonObject body(const QString &contentType, const QString &value, const QString &plain)
{
    return QJsonObject{{QStringLiteral("role"), QStringLiteral("main")},
                       {QStringLiteral("contenttype"), contentType},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("charcount"), charCount(plain)},
                       {QStringLiteral("wordcount"), wordCount(plain)}};
}

} // namespace

QJsonObject NinjsExporter::toNinjs(const ReviewRecord &record)
{
    const Article &a = record.corrected;
    QJsonObject o{{QStringLiteral("uri"), articleUri(record)},
                  {QStringLiteral("type"), QStringLiteral("text")},
                  {QStringLiteral("representationtype"), QStringLiteral("full")},
                  {QStringLiteral("pubstatus"), pubStatus(record.status)},
                  {QStringLiteral("ednote"), QStringLiteral("Galley review: ") + reviewSummary(record)}};
    if (!a.headline.isEmpty())
        o.insert(QStringLiteral("headlines"), QJsonArray{text(QStringLiteral("main"), a.headline)});
    if (!a.bylines.isEmpty())
        o.insert(QStringLiteral("by"), bylineText(a.bylines));

    QJsonArray infosources;
    if (!a.credit.isEmpty())
        infosources.append(QJsonObject{{QStringLiteral("name"), a.credit},
                                       {QStringLiteral("role"), QStringLiteral("source")}});
    if (!a.publisher.isEmpty())
        infosources.append(QJsonObject{{QStringLiteral("name"), a.publisher},
                                       {QStringLiteral("role"), QStringLiteral("publisher")}});
    if (!infosources.isEmpty())
        o.insert(QStringLiteral("infosources"), infosources);
    if (const QString holder = copyrightHolder(a); !holder.isEmpty())
        o.insert(QStringLiteral("copyrightholder"), holder);

    if (const QString published = rfc3339(a.published); !published.isEmpty()) {
        o.insert(QStringLiteral("firstcreated"), published);
        o.insert(QStringLiteral("contentcreated"), published);
    }
    if (const QString version = versionCreated(record); !version.isEmpty())
        o.insert(QStringLiteral("versioncreated"), version);
    if (const QString place = datelinePlace(a.dateline); !place.isEmpty())
        o.insert(QStringLiteral("located"), place);

    QJsonArray descriptions;
    if (!a.dateline.isEmpty())
        descriptions.append(text(QStringLiteral("dateline"), a.dateline));
    for (const Contributor &c : a.contributors)
        descriptions.append(text(QStringLiteral("contributor"), contributorText(c)));
    if (!descriptions.isEmpty())
        o.insert(QStringLiteral("descriptions"), descriptions);

    const QString plain = a.text();
    if (!a.body.isEmpty()) {
        o.insert(QStringLiteral("bodies"),
                 QJsonArray{body(QStringLiteral("text/html"), bodyHtml(a.body), plain),
                            body(QStringLiteral("text/plain"), plain, plain)});
    }
    QJsonArray associations;
    for (qsizetype i = 0; i < a.images.size(); ++i)
        associations.append(picture(record, i));
    if (!associations.isEmpty())
        o.insert(QStringLiteral("associations"), associations);
    if (!record.source.url.isEmpty())
        o.insert(QStringLiteral("altids"), QJsonArray{text(QStringLiteral("url"), record.source.url)});
    return o;
}

bool NinjsExporter::write(const QList<ReviewRecord> &records, QIODevice *device, QString *error,
                          const ExportMonitor &monitor) const
{
    QJsonArray all;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!monitor.proceed(error))
            return false;
        all.append(toNinjs(records.at(i)));
        monitor.report(i + 1, records.size());
    }
    const QJsonDocument doc =
        records.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all);
    return writeAll(device, doc.toJson(QJsonDocument::Indented), error);
}

} // namespace galley
