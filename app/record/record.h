// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/sourcespan.h"

#include <QList>
#include <QString>

namespace galley {

enum class CaptureFormat { Text, Html, Mhtml, Warc };

QString formatName(CaptureFormat format);
bool parseFormatName(const QString &name, CaptureFormat *format);

/// Which capture a record was extracted from (the `source` object of the JSON contract).
struct RecordSource
{
    QString path; ///< as given on the command line or found in a folder
    CaptureFormat format = CaptureFormat::Text;
    int index = 0;    ///< page number inside an archive, else 0
    QString url;      ///< empty when unknown
    QString captured; ///< ISO 8601 capture time, empty when unknown
    QString encoding; ///< the charset the text was decoded from, e.g. "UTF-8", "windows-1252"
    QString id;       ///< stable identity: hex SHA-256 of the page bytes, "#<index>" appended inside archives

    bool operator==(const RecordSource &) const = default;
};

enum class BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted, Table };

QString blockKindName(BlockKind kind);
bool parseBlockKind(const QString &name, BlockKind *kind);

struct BodyBlock
{
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    bool operator==(const BodyBlock &) const = default;
};

struct Contributor
{
    QString name;
    QString role; ///< "additional reporting", "editing", "photography", ...
    bool operator==(const Contributor &) const = default;
};

struct Image
{
    QString src;     ///< empty when the capture does not say (text dumps)
    QString caption; ///< without the photo credit
    QString credit;  ///< photo credit, e.g. "Virginia Mayo/AP"
    bool operator==(const Image &) const = default;
};

/// The article as extracted from one capture page, or as corrected by an editor.
///
/// A plain value type: no signals, cheap to copy. Empty strings stand for "not known" (null in JSON).
struct Article
{
    QString headline;
    QStringList bylines; ///< persons only, plain names
    QList<Contributor> contributors;
    QString published; ///< ISO 8601 date or date-time
    QString dateline;
    QString credit; ///< agency or outlet the copy comes from; empty for the site's own work
    QString publisher;
    QList<Image> images;
    QList<BodyBlock> body;
    Provenance provenance;

    /// The body blocks' text joined by a blank line (the `text` key of the JSON contract).
    QString text() const;
    bool operator==(const Article &) const = default;
};

/// One extracted page: where it came from plus what was found.
struct Record
{
    RecordSource source;
    Article article;
    bool operator==(const Record &) const = default;
};

} // namespace galley
