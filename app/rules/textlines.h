// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

/// One non-blank line of a text: its trimmed text and where that text is, as UTF-16 offsets into the
/// whole text (half-open). Not the text extractor's TextLine: two classes of one name in one namespace
/// broke the one-definition rule (QList<TextLine> of the wrong size, caught by ASan).
struct CaptureLine
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

/// The non-blank lines of `text`, in order (blank lines are layout, never matched).
QList<CaptureLine> nonBlankLines(const QString &text);

/// The index in `lines` of the line holding offset `offset`, -1 when none does.
qsizetype lineAt(const QList<CaptureLine> &lines, qsizetype offset);

/// A regular expression fragment matching `text` with every run of digits generalised ("16x9" ->
/// "\d+x\d+"): the shape of a line whose numbers change from page to page.
QString textShape(QStringView text);

/// ^shape$ of a whole line.
QString wholeLinePattern(QStringView text);

/// The pattern of a line that holds a value at [valueStart, valueEnd) of `text`: the shapes of what is
/// before and after it, the value as capture group 1 ("Photo: (.+)"). Empty when nothing is before or
/// after the value (the whole line is the value: the pattern says nothing then).
QString valuePattern(QStringView text, qsizetype valueStart, qsizetype valueEnd);

} // namespace galley
