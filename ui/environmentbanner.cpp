// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentbanner.h"

#include "models/profilelistmodel.h"

namespace migdesk::ui {

EnvironmentBanner::EnvironmentBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    setTextFormat(Qt::PlainText);
    hide();
}

void EnvironmentBanner::showTarget(core::Environment environment, const QString& profile,
                                   const QString& where)
{
    m_environment = environment;
    const QColor colour = models::environmentColor(environment);
    setStyleSheet(QStringLiteral("QLabel#environmentBanner { background: %1; color: white; "
                                 "font-weight: bold; font-size: 11pt; }")
                      .arg(colour.name()));
    setText(tr("%1 — %2 — %3").arg(core::environmentLabel(environment).toUpper(), profile, where));
    setAccessibleName(text());
    show();
}

void EnvironmentBanner::clearTarget()
{
    m_environment.reset();
    clear();
    hide();
}

} // namespace migdesk::ui
