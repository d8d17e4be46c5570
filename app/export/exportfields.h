// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/reviewrecord.h"

#include <QDateTime>
#include <QString>

// Values every exporter derives the same way from a review record, so the formats agree with each other
// (docs/export-formats.md gives the mapping).
namespace galley::exportfields {

/// Stable identity of the article: the source id (hex SHA-256 of the page bytes, '#' turned into '-'),
/// or for records without one a SHA-256 of path and page index.
QString articleId(const ReviewRecord &record);
/// "urn:galley:article:<articleId>", the ninjs uri and the NewsML-G2 guid.
QString articleUri(const ReviewRecord &record);
/// The URI of the article's n-th picture (0-based `index`, 1-based in the URI).
QString pictureUri(const ReviewRecord &record, qsizetype index);

/// ISO 8601 in UTC with "Z" (milliseconds only when non-zero); empty for an invalid time.
QString utcString(const QDateTime &time);
/// Reads back what utcString() wrote (or any ISO 8601 date-time); invalid for an empty string.
QDateTime parseUtc(const QString &text);
/// `value` as an RFC 3339 date-time when it has a time and a zone; empty otherwise (a date alone or a
/// local time without offset cannot be stated as an instant without inventing a zone).
QString rfc3339(const QString &value);
/// When this version of the record was made: reviewedAt, else modified, else created (UTC string).
QString versionCreated(const ReviewRecord &record);

/// The place named by a dateline: "PARIS, May 3 (Reuters) -" gives "PARIS".
QString datelinePlace(const QString &dateline);
/// Bylines as one natural-language line ("Ana Ruiz, Li Wei"); no "By" prefix.
QString bylineText(const QStringList &bylines);
/// "Name (role)", or just the name when the role is empty.
QString contributorText(const Contributor &contributor);
/// Who holds the copyright as far as the record says: the credited agency, else the publisher.
QString copyrightHolder(const Article &article);
/// The photo credit as printed under a picture: "Photo: Virginia Mayo/AP", or the credit as it is when it
/// already carries its own label ("Фото: Иван Петров", "Foto: ...").
QString photoCreditLine(const QString &credit);
/// A one-line, human-readable summary of the review state ("reviewed by Ana Ruiz at 2026-...Z").
QString reviewSummary(const ReviewRecord &record);

/// Words in `text`: runs of letters or digits, each Han/Hiragana/Katakana character counting alone
/// (those scripts do not separate words with spaces).
int wordCount(const QString &text);
/// Characters (Unicode code points) in `text`.
int charCount(const QString &text);

/// The body as an HTML fragment: <p>, <h2>, <ul><li> for runs of list items, <blockquote>, <pre>;
/// line breaks inside a block become <br>. Text is escaped.
QString bodyHtml(const QList<BodyBlock> &body);
/// Text escaped for HTML content and attributes (the code points textSafe() drops dropped), line
/// breaks kept as "\n".
QString htmlEscaped(const QString &text);

/// `text` without NUL and the other control characters (C0 other than tab, LF and CR; DEL; C1),
/// U+FFFE/U+FFFF and unpaired surrogates: what HTML, Markdown and CSV exports write. A control
/// character can hide text from a reader or break a viewer; none carries meaning in an article.
QString textSafe(const QString &text);
/// `text` without the code points XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF;
/// unpaired surrogates), which QXmlStreamWriter would otherwise write into ill-formed output. Also
/// drops DEL and C1 (XML allows them but discourages them), so it equals textSafe().
QString xmlSafe(const QString &text);

/// `url` when it may become a live link in an export: an http or https URL, or a relative reference
/// (no scheme); empty for every other scheme (javascript:, data:, file:, vbscript:...). Read as a
/// browser reads it: tab, LF and CR are removed and leading or trailing spaces and controls ignored,
/// so "java\tscript:" is javascript:. The URL returned is that cleaned form.
QString linkUrl(const QString &url);
/// Whether linkUrl(url) is an absolute http(s) URL (not merely relative).
bool isAbsoluteWebUrl(const QString &url);

/// A file name without suffix for the record: a lowercase ASCII slug of the headline (may be empty)
/// followed by the first 12 characters of the article id, so names are stable and distinct.
QString fileBaseName(const ReviewRecord &record);

} // namespace galley::exportfields
