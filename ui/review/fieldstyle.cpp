// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/fieldstyle.h"

#include <QCoreApplication>
#include <QPalette>

namespace galley {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("galley::FieldStyle", text);
}

} // namespace

FieldKind fieldKind(const QString &path)
{
    const QString top = path.section(QLatin1Char('/'), 0, 0);
    if (top == QLatin1String("bylines"))
        return FieldKind::Byline;
    if (top == QLatin1String("published") || top == QLatin1String("dateline"))
        return FieldKind::Date;
    if (top == QLatin1String("credit") || top == QLatin1String("publisher"))
        return FieldKind::Credit;
    if (top == QLatin1String("images"))
        return path.endsWith(QLatin1String("/credit")) ? FieldKind::PhotoCredit : FieldKind::Caption;
    if (top == QLatin1String("body"))
        return FieldKind::Body;
    if (top == QLatin1String("contributors"))
        return FieldKind::Contributor;
    return FieldKind::Headline;
}

QString fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Headline:
        return tr("Headline");
    case FieldKind::Byline:
        return tr("Byline");
    case FieldKind::Date:
        return tr("Date");
    case FieldKind::Credit:
        return tr("Credit");
    case FieldKind::Caption:
        return tr("Caption");
    case FieldKind::PhotoCredit:
        return tr("Photo credit");
    case FieldKind::Body:
        return tr("Body");
    case FieldKind::Contributor:
        return tr("Contributor");
    }
    return {};
}

QList<FieldKind> allFieldKinds()
{
    return {FieldKind::Headline, FieldKind::Byline,      FieldKind::Date, FieldKind::Credit,
            FieldKind::Caption,  FieldKind::PhotoCredit, FieldKind::Body, FieldKind::Contributor};
}

QColor fieldColor(FieldKind kind, const QPalette &palette)
{
    // Hues picked to stay apart for the common colour-vision deficiencies; body is the quietest since it
    // covers most of the page.
    static const QColor hues[] = {QColor(0xf5, 0xb4, 0x00), QColor(0x00, 0x8b, 0xd6),
                                  QColor(0x9c, 0x6a, 0xde), QColor(0xe0, 0x40, 0x40),
                                  QColor(0x1a, 0xa8, 0x6e), QColor(0xd6, 0x6c, 0x00),
                                  QColor(0x80, 0x90, 0xa0), QColor(0xc0, 0x3c, 0x9c)};
    QColor color = hues[int(kind)];
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    color.setAlpha(kind == FieldKind::Body ? (dark ? 70 : 45) : (dark ? 120 : 90));
    return color;
}

QString fieldDisplayName(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const int n = parts.size() > 1 ? parts.at(1).toInt() + 1 : 0;
    const QString top = parts.value(0);
    if (top == QLatin1String("headline"))
        return tr("Headline");
    if (top == QLatin1String("published"))
        return tr("Published");
    if (top == QLatin1String("dateline"))
        return tr("Dateline");
    if (top == QLatin1String("credit"))
        return tr("Credit");
    if (top == QLatin1String("publisher"))
        return tr("Publisher");
    if (top == QLatin1String("bylines"))
        return n ? tr("Byline %1").arg(n) : tr("Bylines");
    if (top == QLatin1String("contributors"))
        return n ? tr("Contributor %1").arg(n) : tr("Contributors");
    if (top == QLatin1String("body"))
        return n ? tr("Body block %1").arg(n) : tr("Body");
    if (top == QLatin1String("images")) {
        if (parts.value(2) == QLatin1String("caption"))
            return tr("Image %1 caption").arg(n);
        if (parts.value(2) == QLatin1String("credit"))
            return tr("Image %1 photo credit").arg(n);
        return n ? tr("Image %1").arg(n) : tr("Images");
    }
    return path;
}

} // namespace galley
