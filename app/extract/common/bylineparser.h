// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/common/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace galley {

/// A name cut out of a byline or note; offsets are into the parsed text.
struct ParsedName
{
    QString name;
    qsizetype start = -1;
    qsizetype end = -1;
};

/// What a byline says: the writers, and the agency when one is named ("By Tom Davies, Associated Press").
struct ParsedByline
{
    QList<ParsedName> names;
    QString credit; ///< canonical agency name, empty when none
    qsizetype creditStart = -1;
    qsizetype creditEnd = -1;
};

/// Parses a byline: "By Jane Doe and John Roe", "Von Anna Schmidt, Korrespondentin",
/// "By TOM DAVIES Associated Press | Updated Nov 19, 2019". Drops the "By"-word (in several languages,
/// resources/data/bylines.json), job titles, dates and date notes, e-mail addresses, links and handles;
/// agency names become the credit. Names are returned in page order, without duplicates. Contributor
/// notes ("Reporting by ...") are not bylines: see parseContributorNote().
///
/// `strict` also drops what does not look like a person's name (lowercase handles, single words);
/// structured sources (a meta tag, JSON-LD) may pass false to keep a site's chosen author name.
/// `markup` says the text comes from explicit author markup (meta/JSON-LD author, a byline element),
/// where a lowercase last word is a surname ("Jana novak"); in free text it starts a phrase.
ParsedByline parseByline(const Vocabulary &vocabulary, QStringView text, bool strict = true,
                         bool markup = false);

/// parseByline() on text[from, to); offsets stay relative to `text`.
ParsedByline parseBylineRange(const Vocabulary &vocabulary, QStringView text, qsizetype from, qsizetype to,
                              bool strict = true, bool markup = false);

/// Where the writers of a byline element's text[from, to), one piece per line, end: at the first line
/// after a writer's name that names nobody and neither joins names ("and", ",") nor gives a job title or
/// an agency. "Jane Roe / Search for this author in: / PubMed" and "Jane Roe / 13 hours ago / Reading
/// time: 8 minutes" name Jane Roe only; a later line that is no writer would otherwise be read as one.
qsizetype writersEnd(const Vocabulary &vocabulary, QStringView text, qsizetype from, qsizetype to);
/// Whether `name` (already cleaned) looks like a person's name: one to six words, letters, no digits,
/// capitalised words (or a script without case), not a staff label ("Editorial Board", "Redaktion").
/// Without `strict`, a single lowercase handle passes too.
bool looksLikePersonName(const Vocabulary &vocabulary, QStringView name, bool strict = true);

/// Whether `text` is a job title ("Senior Correspondent", "Staff Writer", "Politischer Redakteur").
bool isJobTitle(QStringView text);

/// The one word for "by" of each language (bylines.json "byWords"), lower case: the one table every rule
/// that looks for a "By" word uses.
const QStringList &byWords();

/// Whether a whole line is an author label with the name on the next line ("Author:", "Autorin:", a lone
/// "By"): bylines.json "authorLabels" and "byWords".
bool isAuthorLabel(QStringView line);

/// Whether `word` is a page-furniture word that makes a capitalised pair a section title or a button
/// rather than a person ("Business News"): bylines.json "chromeWords".
bool isChromeWord(QStringView word);

/// Whether `name` is the account name a blog signs with ("jroe", "anna_m"): one token of letters,
/// figures, '_', '.' or '-', with a lower-case letter (an all-capital token is an acronym: "HNN"), and no
/// role account (one holding a word of bylines.json's notPersons of five letters or more: "jdadmin").
bool looksLikeUserHandle(QStringView name);

/// Whether `text` starts with a byline's introducing word ("By", "Von", "Par").
bool hasBylinePrefix(QStringView text);

/// Adds `name` to `names` unless it is there already (case- and space-insensitive). Returns its index.
qsizetype addUniqueName(QStringList *names, const QString &name);

} // namespace galley
