// SPDX-License-Identifier: GPL-3.0-or-later
// Same-site page sets built at run time from ../shared/corpus pages: one page's template (the chrome
// around its article) with other pages' article text put into it, and the same planted extraction
// mistake on every page, so that one site has many pages with one layout and one mistake. Nothing of the
// corpus is copied into the repository.
#pragma once

#include "capture/capturereader.h"
#include "extract/extractor.h"
#include "review/fieldpath.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTest>
#include <functional>

namespace galley::test {

inline QString corpusDir()
{
    return galley::test::sharedDir() + QStringLiteral("/corpus");
}

inline Capture readOneCapture(const QString &path)
{
    Capture out;
    readCaptureFile(
        path, [&](const Capture &capture) { out = capture; }, [](const CaptureError &) {});
    return out;
}

/// The span of the body in the general extraction: from the first block's start to the last one's end.
inline bool bodyRange(const Article &article, qsizetype *start, qsizetype *end)
{
    *start = -1;
    *end = -1;
    for (qsizetype i = 0; i < article.body.size(); ++i) {
        for (const SourceSpan &span :
             article.provenance.value(FieldPath::item(Field::Body, i).provenanceKey())) {
            if (!span.isValid())
                continue;
            *start = *start < 0 ? span.start : std::min(*start, span.start);
            *end = std::max(*end, span.end);
        }
    }
    return *start >= 0 && *end > *start;
}

/// One donor article: its body paragraphs as the extractor read them (long ones only).
inline QStringList donorParagraphs(const Capture &capture)
{
    QStringList out;
    for (const BodyBlock &block : extractArticle(capture, Vocabulary()).body) {
        if (block.text.size() >= 120 && !block.text.contains(QLatin1Char('\n')))
            out.append(block.text);
    }
    return out;
}

struct TextTemplate
{
    QString before; ///< the template page up to its article
    QString after;  ///< the template page after its article
};

/// The template of a corpus text dump whose article sits between chrome lines on both sides.
inline bool textTemplate(const QString &path, TextTemplate *out)
{
    const Capture capture = readOneCapture(path);
    if (capture.isNull())
        return false;
    qsizetype start = 0;
    qsizetype end = 0;
    if (!bodyRange(extractArticle(capture, Vocabulary()), &start, &end))
        return false;
    out->before = capture.text().left(start);
    out->after = capture.text().mid(end);
    // Enough chrome on both sides to tell the site by.
    return out->before.count(QLatin1Char('\n')) >= 8 && out->after.count(QLatin1Char('\n')) >= 8;
}

/// A page of the site: the template around `paragraphs`, with `planted` lines put after the first
/// paragraph (each on its own line, between blank lines, as dumps print short lines).
inline QString sitePage(const TextTemplate &site, const QStringList &paragraphs, const QStringList &planted)
{
    QStringList blocks;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        blocks.append(paragraphs.at(i));
        if (i == 0)
            blocks.append(planted);
    }
    return site.before + blocks.join(QStringLiteral("\n\n")) + site.after;
}

inline bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

/// The corpus text dumps, in name order.
inline QStringList corpusTexts()
{
    const QDir dir(corpusDir() + QStringLiteral("/article-text"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

/// A planted line that varies from page to page only in its numbers: a widget the extractor keeps.
inline QString widgetLine(int page)
{
    return QStringLiteral("Watch: %1 min %2 sec").arg(1 + page % 4).arg(10 + page);
}

/// Invented outlet names for a planted credit line the extractor does not read as the credit.
inline const QStringList &outlets()
{
    static const QStringList names{QStringLiteral("Northwind Wire"), QStringLiteral("Tailspin Dispatch"),
                                   QStringLiteral("Fabrikam Press"), QStringLiteral("Contoso Bulletin")};
    return names;
}
inline QString outlet(int page)
{
    return outlets().at(page % outlets().size());
}
inline QString creditLine(int page)
{
    return QStringLiteral("Story from %1").arg(outlet(page));
}

inline bool bodyHasLine(const Article &article, const QString &line)
{
    return std::any_of(article.body.cbegin(), article.body.cend(),
                       [&](const BodyBlock &block) { return block.text.contains(line); });
}

/// The chrome of `site` with one more closing line: the same site as its template fingerprint sees
/// another (a site that changed its footer).
inline TextTemplate withExtraFooterLine(TextTemplate site)
{
    if (!site.after.endsWith(QLatin1Char('\n')))
        site.after += QLatin1Char('\n');
    site.after += QStringLiteral("Follow the newsroom on the radio\n");
    return site;
}

/// Writes `pages` pages of one site into `folder` ("page00.txt", ...) and one more page of another site
/// (another template) with the same planted lines, last. Page n carries widgetLine(n) and creditLine(n).
/// The set is the pages where the general extractor makes the planted mistakes (the widget line in the
/// body, the outlet not read as the credit): a donor whose text changes that is skipped. With
/// `footerVariant`, the site's odd pages have one more footer line (withExtraFooterLine()).
inline QStringList writeSitePages(const QStringList &texts, const QString &folder, int pages,
                                  bool footerVariant = false)
{
    TextTemplate chrome;
    TextTemplate otherChrome;
    qsizetype next = 0;
    while (next < texts.size() && !textTemplate(texts.at(next), &chrome))
        ++next;
    ++next;
    while (next < texts.size() && !textTemplate(texts.at(next), &otherChrome))
        ++next;
    ++next;
    QDir().mkpath(folder);
    QStringList files;
    for (; next < texts.size() && files.size() <= pages; ++next) {
        const QStringList paragraphs = donorParagraphs(readOneCapture(texts.at(next)));
        if (paragraphs.size() < 3)
            continue;
        const int n = int(files.size());
        const TextTemplate use = n == pages                    ? otherChrome
                                 : footerVariant && n % 2 == 1 ? withExtraFooterLine(chrome)
                                                               : chrome;
        const QString file = folder + QStringLiteral("/page%1.txt").arg(n, 2, 10, QLatin1Char('0'));
        if (!writeText(file, sitePage(use, paragraphs, {widgetLine(n), creditLine(n)})))
            return {};
        const Article extracted = extractArticle(readOneCapture(file), Vocabulary());
        if (!bodyHasLine(extracted, widgetLine(n)) || extracted.body.size() < 3 ||
            extracted.credit == outlet(n)) {
            QFile::remove(file);
            continue;
        }
        files.append(file);
    }
    return files;
}

/// Invented names for a planted author box the general extractor does not read as the byline.
inline QString person(int page)
{
    static const QStringList names{QStringLiteral("Maria Lindqvist"), QStringLiteral("Tomas Okafor"),
                                   QStringLiteral("Elena Varga"), QStringLiteral("Jonas Berglund")};
    return names.at(page % names.size());
}

/// HTML pages of one site: a corpus HTML page's template (everything around its article, its canonical
/// address included) with other pages' paragraphs in it and `planted(n)` before them; one more page of
/// another site (another template) last. Only pages where `mistaken` says the general extractor makes
/// the planted mistake are kept.
inline QStringList writeHtmlSitePages(const QString &folder, int pages,
                                      const std::function<QString(int)> &planted,
                                      const std::function<bool(const Article &, int)> &mistaken)
{
    const QDir dir(corpusDir() + QStringLiteral("/article-html"));
    const QStringList names = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QList<std::pair<QString, QString>> templates; // before, after
    qsizetype next = 0;
    for (; next < names.size() && templates.size() < 2; ++next) {
        const Capture capture = readOneCapture(dir.filePath(names.at(next)));
        qsizetype start = 0;
        qsizetype end = 0;
        if (capture.isNull() || !bodyRange(extractArticle(capture, Vocabulary()), &start, &end))
            continue;
        if (!capture.text().contains(QLatin1String("rel=\"canonical\"")))
            continue;
        templates.append({capture.text().left(start), capture.text().mid(end)});
    }
    QDir().mkpath(folder);
    QStringList files;
    for (; templates.size() == 2 && next < names.size() && files.size() <= pages; ++next) {
        const QStringList paragraphs = donorParagraphs(readOneCapture(dir.filePath(names.at(next))));
        if (paragraphs.size() < 3)
            continue;
        const int n = int(files.size());
        const auto &use = n == pages ? templates.at(1) : templates.at(0);
        QString html = use.first + planted(n);
        for (const QString &paragraph : paragraphs)
            html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>");
        html += use.second;
        const QString file = folder + QStringLiteral("/page%1.html").arg(n, 2, 10, QLatin1Char('0'));
        if (!writeText(file, html))
            return {};
        const Article extracted = extractArticle(readOneCapture(file), Vocabulary());
        if (!mistaken(extracted, n) || extracted.body.size() < 3) {
            QFile::remove(file);
            continue;
        }
        files.append(file);
    }
    return files;
}

/// The author box the general extractor does not read as the byline.
inline QStringList writeHtmlSitePages(const QString &folder, int pages)
{
    return writeHtmlSitePages(
        folder, pages,
        [](int n) {
            return QStringLiteral("<div class=\"card\"><span class=\"person\">") + person(n) +
                   QStringLiteral("</span></div>");
        },
        [](const Article &extracted, int n) { return !extracted.bylines.contains(person(n)); });
}

/// A picture's caption with its photo credit glued on after an invented label the extractor does not
/// know ("Lens:"), so it leaves the credit in the caption.
inline QString captionProse(int page)
{
    return QStringLiteral("Visitors crowd the old harbour on day %1 of the festival.").arg(page + 1);
}
inline QString photoCredit(int page)
{
    return person(page) + QLatin1Char('/') + outlet(page);
}
/// `atStart`: the credit before the prose, closed by a full stop ("Lens: X/Y. Visitors …").
inline QString gluedCaption(int page, bool atStart = false)
{
    return atStart ? QStringLiteral("Lens: ") + photoCredit(page) + QStringLiteral(". ") + captionProse(page)
                   : captionProse(page) + QStringLiteral(" Lens: ") + photoCredit(page);
}

/// The index of the image whose caption is the glued one, -1 when none is.
inline qsizetype gluedImage(const Article &article, int page, bool atStart = false)
{
    for (qsizetype i = 0; i < article.images.size(); ++i) {
        if (article.images.at(i).caption == gluedCaption(page, atStart))
            return i;
    }
    return -1;
}

/// HTML pages of one site with a figure whose caption carries the photo credit after "Lens:".
inline QStringList writeHtmlCaptionPages(const QString &folder, int pages, bool atStart = false)
{
    return writeHtmlSitePages(
        folder, pages,
        [atStart](int n) {
            return QStringLiteral("<figure><img src=\"/media/harbour-%1.jpg\" width=\"960\" height=\"640\" "
                                  "alt=\"\"><figcaption>%2</figcaption></figure>")
                .arg(n)
                .arg(gluedCaption(n, atStart).toHtmlEscaped());
        },
        [atStart](const Article &extracted, int n) {
            const qsizetype image = gluedImage(extracted, n, atStart);
            return image >= 0 && extracted.images.at(image).credit.isEmpty();
        });
}

} // namespace galley::test
