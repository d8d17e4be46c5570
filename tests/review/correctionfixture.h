// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A generated page to correct, shared by the engine's correction tests and the window's: a text dump
// and the record the extractor could have made of it, with a byline still carrying "By" and two names,
// a body block that is an advertisement, a caption and no credit.
#include "record/reviewrecord.h"

#include <QString>

namespace galley::testing {

inline QString correctionDump()
{
    return QStringLiteral("River flooding closes the old bridge\n\n"
                          "By Ann Lee and Bo Chan\n\n"
                          "The river rose by two metres overnight, the city said on Monday.\n\n"
                          "Advertisement - scroll to continue reading\n\n"
                          "Officials said the bridge would reopen once engineers had checked it.\n\n"
                          "The bridge at dawn.\n\n"
                          "Reporting by AFP.\n");
}

inline SourceSpan spanOf(const QString &text, const QString &what, const QString &via)
{
    const qsizetype at = text.indexOf(what);
    return SourceSpan{at, at + what.size(), via};
}

inline Article correctionArticle()
{
    const QString dump = correctionDump();
    Article a;
    a.headline = QStringLiteral("River flooding closes the old bridge");
    a.bylines = {QStringLiteral("By Ann Lee and Bo Chan")};
    a.images = {Image{QString(), QStringLiteral("The bridge at dawn."), QString()}};
    a.body = {
        BodyBlock{BlockKind::Paragraph,
                  QStringLiteral("The river rose by two metres overnight, the city said on Monday.")},
        BodyBlock{BlockKind::Paragraph, QStringLiteral("Advertisement - scroll to continue reading")},
        BodyBlock{BlockKind::Paragraph,
                  QStringLiteral("Officials said the bridge would reopen once engineers had checked it.")}};
    a.provenance.insert(QStringLiteral("headline"), {spanOf(dump, a.headline, QStringLiteral("text:line"))});
    a.provenance.insert(QStringLiteral("bylines/0"),
                        {spanOf(dump, a.bylines.at(0), QStringLiteral("text:byline"))});
    a.provenance.insert(QStringLiteral("images/0/caption"),
                        {spanOf(dump, a.images.at(0).caption, QStringLiteral("text:caption"))});
    for (qsizetype i = 0; i < a.body.size(); ++i)
        a.provenance.insert(QStringLiteral("body/%1").arg(i),
                            {spanOf(dump, a.body.at(i).text, QStringLiteral("text:paragraph"))});
    return a;
}

inline ReviewRecord correctionRecord()
{
    ReviewRecord r;
    r.source.path = QStringLiteral("river.txt");
    r.extracted = correctionArticle();
    r.corrected = r.extracted;
    return r;
}

/// The values the correction session types (the same in the engine test and the window test).
inline QString correctedCaption()
{
    return QStringLiteral("The old bridge at dawn, seen from the east bank");
}

} // namespace galley::testing
