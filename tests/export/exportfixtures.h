// SPDX-License-Identifier: GPL-3.0-or-later
// Review records built in code for the export tests: non-Latin names and captions, quotes, ampersands,
// angle brackets, line breaks, a control character, a date without time, a record without source id.
#pragma once

#include "record/reviewrecord.h"

#include <QList>

namespace galley::testing {

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline ReviewRecord englishRecord()
{
    ReviewRecord r;
    r.source = {QStringLiteral("captures/strike.html"),
                CaptureFormat::Html,
                0,
                QStringLiteral("https://news.example.com/2026/03/05/strike?ref=rss&lang=en"),
                QStringLiteral("2026-03-05T15:00:00Z"),
                QStringLiteral("UTF-8"),
                QStringLiteral("6f1c9a3b0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8")};
    Article &a = r.corrected;
    a.headline = QStringLiteral("\"Bread & Roses\": strikers say <no> to 3% offer");
    a.bylines = {QStringLiteral("Ana Ruiz"), QStringLiteral("Seán O'Brien")};
    a.contributors = {{QStringLiteral("Li Wei"), QStringLiteral("additional reporting")},
                      {QStringLiteral("Jo Smith"), QStringLiteral("editing")}};
    a.published = QStringLiteral("2026-03-05T14:30:00+01:00");
    a.dateline = QStringLiteral("PARIS, March 5 (Reuters) -");
    a.credit = QStringLiteral("Reuters");
    a.publisher = QStringLiteral("The Daily Example");
    a.images = {{QStringLiteral("https://img.example.com/a.jpg?w=800&h=600"),
                 QStringLiteral("Strikers march past the \"Opéra\" on March 5.\nA second caption line."),
                 QStringLiteral("Virginia Mayo/AP")},
                {QStringLiteral("/relative/b.png"), QString(), QStringLiteral("Reuters")}};
    a.body = {
        {BlockKind::Paragraph, QStringLiteral("Unions & employers met on *Tuesday*; talks failed.")},
        {BlockKind::Heading, QStringLiteral("What they want")},
        {BlockKind::ListItem, QStringLiteral("A 5% raise")},
        {BlockKind::ListItem, QStringLiteral("Shorter <weeks>")},
        {BlockKind::Quote, QStringLiteral("\"We won't back down,\" she said.")},
        {BlockKind::Table, QStringLiteral("Year\tRaise\n2025\t2%\n2026\t3%")},
        {BlockKind::Paragraph, QStringLiteral("# not a heading\n1. not a list")},
        {BlockKind::Paragraph, QStringLiteral("Costs rose by 4.2 per cent, the well-known index shows.")}};
    r.extracted = a;
    r.extracted.headline = QStringLiteral("Bread and Roses");
    r.status = ReviewStatus::Reviewed;
    r.reviewer = QStringLiteral("Dana Editor");
    r.created = utc("2026-03-05T15:01:00Z");
    r.modified = utc("2026-03-05T16:20:00.250Z");
    r.reviewedAt = utc("2026-03-05T16:20:00.250Z");
    return r;
}

inline ReviewRecord nonLatinRecord()
{
    ReviewRecord r;
    r.source = {QStringLiteral("captures/sakura.warc"),
                CaptureFormat::Warc,
                3,
                QStringLiteral("https://ja.example.jp/news/sakura"),
                QString(),
                QStringLiteral("Shift_JIS"),
                QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9#3")};
    Article &a = r.corrected;
    a.headline = QStringLiteral("東京で「桜」開花宣言 — 平年より5日早く");
    a.bylines = {QStringLiteral("山田 太郎"), QStringLiteral("Мария Иванова")};
    a.published = QStringLiteral("2026-03-20");
    a.dateline = QStringLiteral("東京");
    a.publisher = QStringLiteral("毎日テスト新聞");
    a.images = {{QString(), QStringLiteral("Цветущая сакура в парке Уэно & «Синобадзу»"),
                 QStringLiteral("Фото: Иван Петров")}};
    a.body = {{BlockKind::Paragraph, QStringLiteral("気象庁は20日、東京都心で桜が開花したと発表した。")},
              {BlockKind::Paragraph, QStringLiteral("قال المتحدث: \"الطقس دافئ\" هذا العام.")},
              {BlockKind::Quote, QStringLiteral("Ελληνικά: «καλή άνοιξη»")}};
    r.extracted = a;
    r.status = ReviewStatus::Reviewed;
    r.reviewer = QStringLiteral("Мария");
    r.created = utc("2026-03-20T01:00:00Z");
    r.modified = utc("2026-03-20T02:00:00Z");
    r.reviewedAt = utc("2026-03-20T02:00:00Z");
    return r;
}

inline ReviewRecord sparseRecord()
{
    ReviewRecord r;
    r.source.path = QStringLiteral("captures/dump.txt");
    r.source.encoding = QStringLiteral("UTF-8");
    Article &a = r.corrected;
    a.headline = QStringLiteral("Council, mayor & the \"budget\" row");
    a.body = {{BlockKind::Paragraph, QStringLiteral("Tab\there, a control\x01"
                                                    "character and a ``` fence.")},
              {BlockKind::Preformatted, QStringLiteral("code ``` inside")}};
    r.extracted = a;
    r.status = ReviewStatus::NeedsAttention;
    r.reason = QStringLiteral("Body incomplete: the capture stops mid-sentence");
    r.note = QStringLiteral("Ask the desk for the \"full\" text, then re-import; <urgent> & soon");
    r.created = utc("2026-03-21T09:00:00Z");
    r.modified = utc("2026-03-21T09:30:00Z");
    return r;
}

inline QList<ReviewRecord> fixtureRecords()
{
    return {englishRecord(), nonLatinRecord(), sparseRecord()};
}

} // namespace galley::testing
