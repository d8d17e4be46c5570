// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace galley {

namespace {

/// lupdate files the strings of a free helper function (`tr()` in an anonymous namespace that calls
/// QCoreApplication::translate("galley::FieldStyle", ...)) under the enclosing namespace ("galley"),
/// not under the context the call names. Looking up the outer namespaces when the named context has
/// no translation finds them without bending the code to the tool.
class NamespaceFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QByteArray scope(context ? context : "");
        for (;;) {
            QString text = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
            const qsizetype outer = scope.lastIndexOf("::");
            if (!text.isEmpty() || outer < 0)
                return text;
            scope.truncate(outer);
        }
    }
};

} // namespace

bool installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English is the source language, but its plural forms ("%n page(s)") come from a catalogue of
    // their own, installed first so that any other language's catalogue takes precedence over it.
    auto *plurals = new NamespaceFallbackTranslator(app);
    if (plurals->load(QStringLiteral(":/galley/translations/galley_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    if (locale.language() == QLocale::English)
        return true;
    auto *galley = new NamespaceFallbackTranslator(app);
    if (!galley->load(locale, QStringLiteral("galley"), QStringLiteral("_"),
                      QStringLiteral(":/galley/translations"))) {
        delete galley;
        return false;
    }
    QCoreApplication::installTranslator(galley);
    return true;
}

} // namespace galley
