// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QLabel>

namespace migdesk::ui {

// A full-width strip at the top of the window naming the environment and the database, in the
// environment's colour (production red). Hidden while nothing is connected.
class EnvironmentBanner : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget* parent = nullptr);

    void showTarget(core::Environment environment, const QString& profile, const QString& where);
    void clearTarget();
    std::optional<core::Environment> environment() const { return m_environment; }

private:
    std::optional<core::Environment> m_environment;
};

} // namespace migdesk::ui
