// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the text extraction tests: invented dumps in memory, and their lines.

#include "capture/capture.h"
#include "extract/text/bodyselector.h"
#include "extract/text/headlinefinder.h"
#include "extract/text/proseclassifier.h"
#include "extract/text/stopwords.h"
#include "extract/text/textpage.h"

#include <QStringList>

namespace galley::testing {

/// The index of the line whose content is `text`, or -1.
inline int indexOf(const TextPage &page, QStringView text)
{
    for (int i = 0; i < page.lines().size(); ++i) {
        if (page.content(page.lines()[i]) == text)
            return i;
    }
    return -1;
}

/// The lines the body selector picks from a dump.
inline QStringList bodyLines(const QString &text)
{
    const TextPage page(text, StopWords::builtin(), Vocabulary());
    const BodySelection body = selectBody(page, classifyProse(page));
    QStringList got;
    for (int i : body.lines)
        got.append(page.contentString(i));
    return got;
}

/// The headline found in a page header followed by two paragraphs of a story.
inline QString headlineOver(const QString &header, const QString &para1, const QString &para2)
{
    const QString text = header + para1 + u'\n' + para2 + u'\n';
    const TextPage page(text, StopWords::builtin(), Vocabulary());
    const int line = findHeadline(page, indexOf(page, para1));
    return line >= 0 ? headlineText(page, line).toString() : QString();
}

/// A capture of `text` as if read from a UTF-8 file.
inline Capture textCapture(const QString &text)
{
    CaptureData data;
    data.path = QStringLiteral("memory.txt");
    data.text = text;
    data.bytes = text.toUtf8();
    data.encoding = QStringLiteral("UTF-8");
    return Capture(std::move(data));
}

} // namespace galley::testing
