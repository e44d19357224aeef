// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace migdesk::app {

void installTranslations(QCoreApplication& app, const QStringList& arguments)
{
    QLocale locale;
    const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
    if (lang >= 0 && lang + 1 < arguments.size()) {
        locale = QLocale(arguments.at(lang + 1));
        QLocale::setDefault(locale);
    }
    // English plural forms first, so any language without its own file still reads "1 table";
    // a translation installed later takes precedence.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/migdesk_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto* own = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        own->load(locale, QStringLiteral("migdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace migdesk::app
