// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;

namespace migdesk::app {

// Installs migdesk's and Qt's translations for --lang LANG, else for the system language.
void installTranslations(QCoreApplication& app, const QStringList& arguments);

} // namespace migdesk::app
